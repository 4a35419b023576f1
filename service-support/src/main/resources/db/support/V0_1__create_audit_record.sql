-- Who read or changed which health data (a case, a record under it), when, from where, and whether it was
-- allowed. No health data itself. Shared by every service (service-support, db/support).
create table audit_record (
    id             bigint generated always as identity primary key,
    recorded_at    timestamptz  not null,
    issuer         varchar(300),
    subject        varchar(100),
    username       varchar(100),
    role           varchar(30),
    action         varchar(60)  not null,
    case_id        uuid,
    record_id      uuid,
    listed_ids     uuid[],
    outcome        varchar(10)  not null,
    trace_id       varchar(64),
    client_address varchar(64)
);

create index audit_record_case_idx on audit_record (case_id, recorded_at);

-- The trail is append-only, whoever connects.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records cannot be changed or deleted';
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function refuse_audit_change();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function refuse_audit_change();
