-- a service's own later migration (test only): numbered above every shared V0_x
create index care_note_body_idx on care_note (body);
