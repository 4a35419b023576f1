-- A death entered in error puts the case back where it was before the death.
alter table care_case add column status_before_death varchar(16);

-- The family's bereavement plans, from notification-service's events: a case in BEREAVEMENT closes only when every
-- plan has ended.
create table bereavement_plan_view (
    plan_id    uuid primary key,
    case_id    uuid        not null references care_case (id),
    status     varchar(20) not null,
    updated_at timestamptz not null
);

create index bereavement_plan_view_case_idx on bereavement_plan_view (case_id, status);
