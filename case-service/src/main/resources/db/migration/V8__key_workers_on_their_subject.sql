-- Who a worker is, is their token's subject (sub); the username is for display and may be given to a new account.
-- The assigned worker and the team's directory gain the subject, which alone decides access from now on.
alter table care_case add column assigned_worker_sub varchar(100);

alter table team_member add column subject varchar(100);
alter table team_member add column last_seen timestamptz;

-- Existing rows name people by username only. The audit trail knows which subject each username had, since every
-- access records both. A username is resolved only when the trail shows exactly one subject for it; otherwise
-- (never seen, or two accounts have held the name) the subject stays unknown: such a case is seen by the team's
-- supervisors only, until one of them assigns it again, and a row of the directory without a subject is dropped
-- (the worker is learnt again at their next request). Claiming unknown rows for whichever account next shows up
-- with the name is exactly what this migration must not do.

-- the one subject the audit trail shows for a username, where it shows exactly one
create temporary view known_subject as
    select username, min(subject) as subject from audit_record
     where username is not null and subject is not null
     group by username having count(distinct subject) = 1;
update care_case c set assigned_worker_sub = k.subject
  from known_subject k
 where k.username = c.assigned_worker;
update team_member m set subject = k.subject, last_seen = m.first_seen
  from known_subject k
 where k.username = m.username;
drop view known_subject;
delete from team_member where subject is null;

alter table team_member drop constraint team_member_pkey;
alter table team_member alter column subject set not null;
alter table team_member alter column last_seen set not null;
alter table team_member add primary key (team, subject);
create index team_member_username_idx on team_member (team, username, last_seen desc);

-- the caseload of a worker, by subject now (the username indexes stay for the supervisor's "assigned to" filter)
create index care_case_worker_sub_idx on care_case (assigned_worker_sub, opened_at desc, id desc);
