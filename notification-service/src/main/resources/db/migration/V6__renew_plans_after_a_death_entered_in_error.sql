-- A death entered in error cancels the plans; a death recorded again activates new ones, and the cancelled plans
-- stay as history. So only one plan per family member that has not been cancelled, not one plan ever.
alter table bereavement_plan drop constraint bereavement_plan_case_id_family_member_id_key;

create unique index bereavement_plan_member_idx on bereavement_plan (case_id, family_member_id)
    where status <> 'CANCELLED';
