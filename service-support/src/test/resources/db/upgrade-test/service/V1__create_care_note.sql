-- a service's own first migration (test only)
create table care_note (id uuid primary key, body text not null);
