-- The patient's wishes and advance care planning: one current version per case.
create table wishes (
    case_id                  uuid primary key references care_case (id),
    goals_of_care            varchar(4000),
    proxy_name               varchar(200),
    proxy_relationship       varchar(60),
    proxy_phone              varchar(40),
    proxy_email              varchar(254),
    polst_status             varchar(30),
    code_status              varchar(30),
    preferred_place_of_death varchar(30),
    place_of_death_notes     varchar(1000),
    spiritual_preferences    varchar(2000),
    cultural_preferences     varchar(2000),
    last_reviewed_on         date,
    updated_at               timestamptz  not null,
    updated_by               varchar(100) not null
);
