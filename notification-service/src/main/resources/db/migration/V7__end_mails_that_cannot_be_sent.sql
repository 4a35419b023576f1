-- A mail that cannot be sent is retried with back-off a bounded number of times, then ends as FAILED, shown to
-- admins without its content: which notification it was for, whom (a staff member or an organization's intake),
-- how often it was tried, the class of the last error and when it failed.
alter table outgoing_mail add column notification_id uuid;
alter table outgoing_mail add column recipient_kind varchar(20);
alter table outgoing_mail add column next_attempt_at timestamptz;
alter table outgoing_mail add column last_error varchar(100);
alter table outgoing_mail add column failed_at timestamptz;

create index outgoing_mail_failed_idx on outgoing_mail (failed_at desc, id) where status = 'FAILED';
