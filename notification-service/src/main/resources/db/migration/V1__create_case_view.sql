-- What notification-service knows of cases, from careloop.case-events: who holds each case, and the family.
create table case_view (
    case_id         uuid primary key,
    assigned_worker varchar(100),
    team            varchar(100),
    assigned_at     timestamptz,
    date_of_death   date,
    death_at        timestamptz
);

create table family_member_view (
    id               uuid primary key,
    case_id          uuid         not null,
    relationship     varchar(60)  not null,
    bereavement_risk varchar(10)  not null,
    added_at         timestamptz  not null
);

create index family_member_view_case_idx on family_member_view (case_id);
