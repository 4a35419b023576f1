-- A bereavement plan per family member after a death, and its follow-ups over thirteen months.
create table bereavement_plan (
    id               uuid primary key,
    case_id          uuid        not null,
    family_member_id uuid        not null,
    relationship     varchar(60) not null,
    risk             varchar(10) not null,
    status           varchar(12) not null,
    date_of_death    date        not null,
    activated_at     timestamptz not null,
    ended_at         timestamptz,
    outcome          varchar(12),
    version          integer     not null,
    unique (case_id, family_member_id)
);

create index bereavement_plan_case_idx on bereavement_plan (case_id);

create table follow_up (
    id          uuid primary key,
    plan_id     uuid         not null references bereavement_plan (id),
    seq         integer      not null,
    kind        varchar(20)  not null,
    due_on      date         not null,
    status      varchar(12)  not null,
    outcome     varchar(12),
    note        varchar(2000),
    recorded_by varchar(100),
    recorded_at timestamptz,
    reminded_at timestamptz,
    unique (plan_id, seq)
);

-- the reminder sweep: pending follow-ups by due date
create index follow_up_pending_idx on follow_up (due_on) where status = 'PENDING' and reminded_at is null;
