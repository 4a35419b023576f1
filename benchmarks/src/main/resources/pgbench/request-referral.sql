-- What PostgreSQL does for one referral requested through the API (referral-service's ReferralManagement.request):
-- the case view and the directory service read, then the referral, its first status change, the outbox row of its
-- ReferralRequested event and the audit record in one transaction; then the outbox row deleted once published.
-- Run with -M prepared (the services' JDBC driver prepares its statements too). :case_id is a case
-- referral-service knows (set with -D by the harness).
SELECT * FROM case_view WHERE case_id = :case_id AND assigned_worker IS NOT NULL;
SELECT s.id, s.organization_id, o.name AS organization_name, s.name, s.description, s.category, s.eligibility,
    s.service_area, s.contact_email, s.contact_phone, s.fees, s.status, s.capacity
  FROM directory_service s JOIN organization o ON o.id = s.organization_id
 WHERE s.id = '5e4c0000-0000-4000-8000-000000000101';
BEGIN;
INSERT INTO referral (id, case_id, service_id, organization_id, category, family_member_id, reason, priority, status,
    outcome, requested_by, team, consent_from, consent_on, consent_recorded_by, created_at, updated_at, version)
SELECT gen_random_uuid(), :case_id::uuid, s.id, s.organization_id, s.category, NULL, 'Night support at home', 'urgent',
    'requested', NULL, 'bench-worker', 'bench-team', 'patient', current_date, 'bench-worker', now(), now(), 0
  FROM directory_service s WHERE s.id = '5e4c0000-0000-4000-8000-000000000101'
RETURNING id AS referral_id \gset
INSERT INTO referral_status_change (referral_id, status, changed_by, role, changed_at, reason, outcome)
VALUES (:referral_id, 'requested', 'bench-worker', 'social_worker', now(), NULL, NULL);
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
    completion_attempts)
VALUES (gen_random_uuid(), 'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
    'org.careloop.referrals.referral.ReferralEvents$ReferralRequested',
    '{"eventId":"' || gen_random_uuid() || '","referralId":"' || :referral_id || '","caseId":"' || :case_id || '","serviceId":"5e4c0000-0000-4000-8000-000000000101","organizationId":"5e4c0000-0000-4000-8000-000000000001","category":"hospice","priority":"urgent","requestedBy":"bench-worker","team":"bench-team","occurredAt":"' || now() || '"}',
    now(), 'PUBLISHED', 1)
RETURNING id AS publication_id \gset
INSERT INTO audit_record (recorded_at, issuer, subject, username, role, action, case_id, record_id, listed_ids,
    outcome, trace_id, client_address)
VALUES (now(), 'http://127.0.0.1:8180/realms/careloop', '2c1f6a43-6bd9-4d0a-9c57-0d1f0e6a1b11', 'bench-worker',
    'social_worker', 'REQUEST_REFERRAL', :case_id, :referral_id, NULL, 'ALLOWED',
    '4bf92f3577b34da6a3ce929d0e0e4736', '127.0.0.1');
COMMIT;
DELETE FROM event_publication WHERE id = :publication_id;
