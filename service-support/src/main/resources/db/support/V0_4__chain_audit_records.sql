-- A tamper-evident audit trail: every record is sealed into a hash chain, in the order it is sealed, soon after it
-- is written (a sealer in each service calls seal_audit_records; writes never wait for it). A record's hash covers
-- its fields and the previous record's hash, so changing, removing or reordering a sealed record (say, after
-- disabling the append-only trigger as the table's owner) breaks every hash after it: verify_audit_chain() finds it.
alter table audit_record add column chain_position bigint unique, add column chain_hash bytea;

-- The sealed form of a record: every field, in order, nulls told apart from values, the time in UTC.
create function audit_record_text(r audit_record) returns text language sql immutable as $$
    select json_build_array(r.id, to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.issuer,
                            r.subject, r.username, r.role, r.action, r.case_id, r.record_id, r.listed_ids, r.outcome,
                            r.trace_id, r.client_address)::text
$$;

-- Seals up to max_records unsealed records; one sealer at a time (the others return 0 at once).
create function seal_audit_records(max_records int) returns int language plpgsql as $$
declare
    previous bytea;
    position bigint;
    sealed   int := 0;
    r        audit_record;
begin
    if not pg_try_advisory_xact_lock(hashtext('careloop.audit_chain')) then
        return 0;
    end if;
    select chain_hash, chain_position into previous, position
      from audit_record where chain_position is not null order by chain_position desc limit 1;
    previous := coalesce(previous, '\x'::bytea);
    position := coalesce(position, 0);
    for r in select * from audit_record where chain_position is null order by id limit max_records loop
        position := position + 1;
        previous := sha256(previous || convert_to(audit_record_text(r), 'UTF8'));
        update audit_record set chain_position = position, chain_hash = previous where id = r.id;
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;

-- The first chain position whose record does not match its hash (or is missing); null when the chain is whole.
create function verify_audit_chain() returns bigint language plpgsql stable as $$
declare
    previous bytea := '\x'::bytea;
    expected bigint := 1;
    r        audit_record;
begin
    for r in select * from audit_record where chain_position is not null order by chain_position loop
        if r.chain_position <> expected
           or r.chain_hash <> sha256(previous || convert_to(audit_record_text(r), 'UTF8')) then
            return expected;
        end if;
        previous := r.chain_hash;
        expected := expected + 1;
    end loop;
    return null;
end;
$$;

-- Append-only still; the one change allowed is sealing a record that is not sealed yet, without touching its fields.
create or replace function refuse_audit_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_hash is null and old.chain_position is null
       and new.chain_hash is not null and new.chain_position is not null
       and audit_record_text(new) = audit_record_text(old) then
        return new;
    end if;
    raise exception 'audit records cannot be changed or deleted';
end;
$$;
