-- What PostgreSQL does for one case opened through the API (case-service's CaseManagement.open): the case, its first
-- timeline entry, the outbox row of its CaseOpened event and the audit record in one transaction; then, after the
-- event reached Kafka, the outbox row deleted (completion-mode delete) in a second one. Same columns and sizes.
\set day random(0, 20000)
BEGIN;
INSERT INTO care_case (id, status, assigned_worker, team, patient_given_name, patient_family_name,
    patient_date_of_birth, patient_phone, patient_address, patient_search_name, diagnosis_condition, diagnosis_site,
    diagnosis_stage, diagnosed_on, date_of_death, treatment_summary, opened_at, updated_at, version)
VALUES (gen_random_uuid(), 'OPEN', 'bench-worker', 'bench-team', 'Ruth', 'Okonkwo', date '1940-01-01' + :day::int, NULL,
    NULL, 'ruth okonkwo', 'Peritoneal mesothelioma', NULL, NULL, NULL, NULL, NULL, now(), now(), 0)
RETURNING id AS case_id \gset
INSERT INTO timeline_entry (id, case_id, occurred_at, kind, actor, text, detail)
VALUES (gen_random_uuid(), :case_id, now(), 'CASE_OPENED', 'bench-worker', NULL,
    '{"assignedWorker": "bench-worker"}'::jsonb);
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
    completion_attempts)
VALUES (gen_random_uuid(), 'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
    'org.careloop.cases.casefile.CaseEvents$CaseOpened',
    '{"eventId":"' || gen_random_uuid() || '","caseId":"' || :case_id || '","assignedWorker":"bench-worker","team":"bench-team","status":"OPEN","actor":"bench-worker","occurredAt":"' || now() || '"}',
    now(), 'PUBLISHED', 1)
RETURNING id AS publication_id \gset
INSERT INTO audit_record (recorded_at, issuer, subject, username, role, action, case_id, record_id, listed_ids,
    outcome, trace_id, client_address)
VALUES (now(), 'http://127.0.0.1:8180/realms/careloop', '2c1f6a43-6bd9-4d0a-9c57-0d1f0e6a1b11', 'bench-worker',
    'social_worker', 'OPEN_CASE', :case_id, NULL, NULL, 'ALLOWED', '4bf92f3577b34da6a3ce929d0e0e4736', '127.0.0.1');
COMMIT;
DELETE FROM event_publication WHERE id = :publication_id;
