create table family_member (
    id                 uuid primary key,
    case_id            uuid         not null references care_case (id),
    name               varchar(200) not null,
    relationship       varchar(60)  not null,
    phone              varchar(40),
    email              varchar(254),
    is_primary_contact boolean      not null,
    is_caregiver       boolean      not null,
    bereavement_risk   varchar(10)  not null,
    added_at           timestamptz  not null,
    added_by           varchar(100) not null
);

create index family_member_case_idx on family_member (case_id, added_at);
