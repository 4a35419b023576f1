-- Who a person is, is their token's subject (sub); the username is for display and may be given to a new account.
-- The case's worker (follow-ups, reminders), a notification's person, what they have read and where they are
-- mailed are keyed on the subject from now on.
alter table case_view add column assigned_worker_sub varchar(100);
alter table notification add column recipient_sub varchar(100);
alter table notification_read add column subject varchar(100);
alter table staff_member add column subject varchar(100);

-- Existing rows name people by username only. This service's audit trail records subject and username for every
-- access; a username is resolved only when the trail shows exactly one subject for it. Otherwise the subject stays
-- unknown, and such rows reach nobody in person: a notification of an unknown person is kept but shown to no one,
-- a case's follow-ups are seen by the team's supervisors only (until case-service's next event about the case
-- names the worker's subject), a staff address is learnt again at the person's next request. Handing unknown rows
-- to whichever account next shows up with the name is exactly what must not happen.

-- the one subject the audit trail shows for a username, where it shows exactly one
create temporary view known_subject as
    select username, min(subject) as subject from audit_record
     where username is not null and subject is not null
     group by username having count(distinct subject) = 1;
update case_view c set assigned_worker_sub = k.subject
  from known_subject k
 where k.username = c.assigned_worker;
update notification n set recipient_sub = k.subject
  from known_subject k
 where k.username = n.recipient_user;
update notification_read r set subject = k.subject
  from known_subject k
 where k.username = r.username;
update staff_member s set subject = k.subject
  from known_subject k
 where k.username = s.username;
drop view known_subject;

delete from notification_read where subject is null;
alter table notification_read drop constraint notification_read_pkey;
alter table notification_read alter column subject set not null;
alter table notification_read add primary key (notification_id, subject);

delete from staff_member where subject is null;
alter table staff_member drop constraint staff_member_pkey;
alter table staff_member alter column subject set not null;
alter table staff_member add primary key (subject);

create index notification_sub_idx on notification (recipient_sub, seq);
create index case_view_worker_sub_idx on case_view (assigned_worker_sub);
