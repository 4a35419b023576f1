-- Where each organization's referral mails go: its intake address in referral-service's directory, as the directory
-- publishes it (careloop.directory.organization-changed.v1). The newest change wins; null: no intake address.
create table organization_intake (
    organization_id uuid primary key,
    intake_email    varchar(254),
    changed_at      timestamptz not null
);
