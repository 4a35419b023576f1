-- B7: a case closes after a death only once every family member's bereavement plan has ended (or with an explicit
-- "no bereavement support needed"), so each plan remembers whose it is. Plans remembered before are of no one known
-- (null): their cases need the explicit answer to close unless a plan for each member arrives.
alter table bereavement_plan_view add column family_member_id uuid;

create index bereavement_plan_view_member_idx on bereavement_plan_view (family_member_id);
