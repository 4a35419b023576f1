-- A case's access log (GET /api/cases/{id}/access-log) also lists the caseload pages that showed the case.
create index audit_record_listed_idx on audit_record using gin (listed_ids);
