-- What happened on a case, newest first: notes written by people and entries written by the service.
create table timeline_entry (
    id          uuid primary key,
    -- the order of writing, so entries of one instant (a status change and the death it records) keep it
    seq         bigint generated always as identity,
    case_id     uuid         not null references care_case (id),
    occurred_at timestamptz  not null,
    kind        varchar(40)  not null,
    actor       varchar(100),
    text        varchar(5000),
    detail      jsonb
);

create index timeline_entry_case_idx on timeline_entry (case_id, occurred_at desc, seq desc);
