-- A death can be entered in error, recorded again and its date corrected: date_of_death is set (or cleared) only by
-- an event newer than the one that last set it, like the other fields of the case's copy. Existing deaths keep an
-- unknown time, so the next death event about the case, whatever its time, sets the field.
alter table case_view add column death_at timestamptz;
