-- The trail out of reach of the service that writes it: the migrations run as an owner role, which owns the table,
-- its triggers and its functions; the service's own database user may only add records and read them (the grants
-- are in afterMigrate__grant_the_runtime_user.sql). It cannot update a record, so the sealer runs with its owner's
-- rights, for whoever may call it, with a fixed search_path: pg_temp last, so that no temporary table of the
-- caller's stands in for audit_record.
alter function seal_audit_records(int) security definer set search_path = public, pg_temp;
revoke execute on function seal_audit_records(int) from public;
alter function verify_audit_chain() set search_path = public, pg_temp;
