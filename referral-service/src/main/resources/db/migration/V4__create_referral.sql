create table referral (
    id                  uuid primary key,
    case_id             uuid          not null,
    service_id          uuid          not null references directory_service (id),
    organization_id     uuid          not null references organization (id),
    category            varchar(30)   not null,
    family_member_id    uuid,
    reason              varchar(2000) not null,
    priority            varchar(10)   not null,
    status              varchar(20)   not null,
    outcome             varchar(30),
    requested_by        varchar(100)  not null,
    team                varchar(100)  not null,
    consent_from        varchar(200)  not null,
    consent_on          date          not null,
    consent_recorded_by varchar(100)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             integer       not null
);

create index referral_case_idx on referral (case_id, created_at desc);
create index referral_organization_idx on referral (organization_id, status, created_at desc);

-- every status a referral has had: who set it, in which role, when and why
create table referral_status_change (
    id          bigint generated always as identity primary key,
    referral_id uuid          not null references referral (id),
    status      varchar(20)   not null,
    changed_by  varchar(100)  not null,
    role        varchar(30)   not null,
    changed_at  timestamptz   not null,
    reason      varchar(2000),
    outcome     varchar(30)
);

create index referral_status_change_referral_idx on referral_status_change (referral_id, id);
