-- After every migration (every start), as the owner: what the service's own database user (${runtime_user}) may do.
-- An afterMigrate callback of the service's own Flyway, which runs after the shared migrations' (SharedMigrations):
-- so it sees the tables of both. Neither history table is the runtime user's.
-- Everything on its tables but the audit trail, where it may add records (not their seals) and read them, and have
-- them sealed through seal_audit_records. Nothing to do when the service runs as the owner itself (its own tests).
do $$
declare
    runtime text := '${runtime_user}';
    columns text;
begin
    if runtime = current_user then
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('revoke all on %I from %I', '${flyway:table}', runtime);
    execute format('revoke all on %I from %I', '${support_history_table}', runtime);
    execute format('revoke insert, update, delete, truncate, references, trigger on audit_record from %I', runtime);
    -- the seals are written by the sealer alone: a record added with a seal of its own could forge the chain
    select string_agg(quote_ident(attname), ', ' order by attnum) into columns
      from pg_attribute
     where attrelid = 'audit_record'::regclass and attnum > 0 and not attisdropped
       and attname not in ('id', 'chain_position', 'chain_hash');
    execute format('grant insert (%s) on audit_record to %I', columns, runtime);
    execute format('grant execute on function seal_audit_records(int) to %I', runtime);
    -- no temporary tables: one named audit_record would stand in for the trail in a session of the service's pool
    if exists (select 1 from pg_database where datname = current_database()
                                           and pg_has_role(current_user, datdba, 'MEMBER')) then
        execute format('revoke temporary on database %I from public', current_database());
    end if;
end;
$$;
