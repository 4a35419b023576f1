-- The resource directory, shaped after Open Referral HSDS 3.0: organizations and the services they offer.
create table organization (
    id           uuid primary key,
    name         varchar(200) not null,
    description  varchar(4000),
    intake_email varchar(254),
    intake_phone varchar(40),
    website      varchar(500),
    updated_at   timestamptz  not null
);

create table directory_service (
    id                   uuid primary key,
    organization_id      uuid          not null references organization (id),
    name                 varchar(200)  not null,
    description          varchar(4000),
    category             varchar(30)   not null,
    eligibility          varchar(2000),
    service_area         varchar(500),
    contact_email        varchar(254),
    contact_phone        varchar(40),
    fees                 varchar(1000),
    status               varchar(20)   not null,
    capacity             varchar(20)   not null,
    -- lower case, accents stripped: what the text search matches (name, description, organization)
    search_text          varchar(9000) not null,
    updated_at           timestamptz   not null
);

create index directory_service_category_idx on directory_service (category, name);
create index directory_service_organization_idx on directory_service (organization_id);
