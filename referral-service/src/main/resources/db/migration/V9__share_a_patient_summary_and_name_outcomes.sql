-- Issue 18: what the social worker shares of the patient under the consent, the consent's scope, the waiting list.
-- The summary is one jsonb document: it is stored exactly as sent and read back whole, never searched by field,
-- and its shape (SharedSummary) is the API's, so it may grow without a migration per field.
-- (if not exists: the migration may be run again, as ReferralOutcomeIntegrationTests runs it on older rows)
alter table referral
    add column if not exists consent_scope varchar(40) not null default '',
    add column if not exists shared        jsonb,
    add column if not exists waiting_list  boolean     not null default false;

-- the outcome code couldnt-contact is now could-not-contact: stored rows follow
update referral set outcome = 'could-not-contact' where outcome = 'couldnt-contact';
update referral_status_change set outcome = 'could-not-contact' where outcome = 'couldnt-contact';
