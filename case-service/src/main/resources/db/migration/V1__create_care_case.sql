-- One row per case; the patient and the diagnosis are part of the case aggregate.
create table care_case (
    id                    uuid primary key,
    status                varchar(16)  not null,
    assigned_worker       varchar(100) not null,
    team                  varchar(100) not null,
    patient_given_name    varchar(100) not null,
    patient_family_name   varchar(100) not null,
    patient_date_of_birth date         not null,
    patient_phone         varchar(40),
    patient_address       varchar(300),
    -- lower case, accents stripped, "given family": what the name search matches
    patient_search_name   varchar(210) not null,
    diagnosis_condition   varchar(200) not null,
    diagnosis_site        varchar(100),
    diagnosis_stage       varchar(50),
    diagnosed_on          date,
    date_of_death         date,
    treatment_summary     jsonb,
    opened_at             timestamptz  not null,
    updated_at            timestamptz  not null,
    version               integer      not null
);

-- the caseload: a worker's own cases, a supervisor's team, by status, newest first
create index care_case_worker_idx on care_case (assigned_worker, status, opened_at desc, id);
create index care_case_team_idx on care_case (team, status, opened_at desc, id);

-- social workers seen with a token, so that a supervisor can assign only to a worker of the team
create table team_member (
    username   varchar(100) not null,
    team       varchar(100) not null,
    first_seen timestamptz  not null,
    primary key (team, username)
);
