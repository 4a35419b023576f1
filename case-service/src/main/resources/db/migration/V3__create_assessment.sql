-- A psychosocial assessment: each domain scored 0 (no concern) to 3 (severe concern), with notes.
create table assessment (
    id              uuid primary key,
    case_id         uuid         not null references care_case (id),
    assessed_on     date         not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    social_score    smallint     not null check (social_score between 0 and 3),
    social_notes    varchar(2000),
    emotional_score smallint     not null check (emotional_score between 0 and 3),
    emotional_notes varchar(2000),
    spiritual_score smallint     not null check (spiritual_score between 0 and 3),
    spiritual_notes varchar(2000),
    family_score    smallint     not null check (family_score between 0 and 3),
    family_notes    varchar(2000),
    financial_score smallint     not null check (financial_score between 0 and 3),
    financial_notes varchar(2000),
    practical_score smallint     not null check (practical_score between 0 and 3),
    practical_notes varchar(2000),
    summary         varchar(4000)
);

create index assessment_case_idx on assessment (case_id, assessed_on, recorded_at);
