-- Who a person is, is their token's subject (sub); the username is for display and may be given to a new account.
-- The case's worker decides who sees its referrals; the requester is told of answers. Both gain the subject.
alter table case_view add column assigned_worker_sub varchar(100);
alter table referral add column requested_by_sub varchar(100);

-- Existing rows name people by username only. This service's audit trail records subject and username for every
-- access; a username is resolved only when the trail shows exactly one subject for it. Otherwise the subject stays
-- unknown: the case's referrals are seen by its team's supervisors only (until case-service's next event about
-- the case names the worker's subject), and answers to such a referral reach no requester in person. Handing
-- unknown rows to whichever account next shows up with the name is exactly what must not happen.

-- the one subject the audit trail shows for a username, where it shows exactly one
create temporary view known_subject as
    select username, min(subject) as subject from audit_record
     where username is not null and subject is not null
     group by username having count(distinct subject) = 1;
update case_view c set assigned_worker_sub = k.subject
  from known_subject k
 where k.username = c.assigned_worker;
update referral r set requested_by_sub = k.subject
  from known_subject k
 where k.username = r.requested_by;
drop view known_subject;

create index case_view_worker_sub_idx on case_view (assigned_worker_sub);
