-- Answer times (careloop.referrals.answer-times): when the receiving organization is due to answer a referral, and
-- when an unanswered one was escalated (once). Written so that it can run again on a migrated database.
alter table referral add column if not exists answer_due_at timestamptz;
alter table referral add column if not exists escalated_at timestamptz;

-- referrals sent before answer times existed are due the default answer time of their priority (stat 1 h, asap
-- 4 h, urgent 24 h, routine 3 days) after they were sent (their last move to requested); drafts are due nothing.
-- Those still unanswered past it are escalated by the first sweep, once each.
update referral r
   set answer_due_at = sent.at + case r.priority
                                     when 'stat' then interval '1 hour'
                                     when 'asap' then interval '4 hours'
                                     when 'urgent' then interval '24 hours'
                                     else interval '3 days'
                                 end
  from (select referral_id, max(changed_at) as at
          from referral_status_change
         where status = 'requested'
         group by referral_id) sent
 where sent.referral_id = r.id
   and r.answer_due_at is null
   and r.status <> 'draft';

-- the escalation sweep's and the overdue lists' way in: the referrals still waiting for an answer
create index if not exists referral_awaiting_answer_idx on referral (answer_due_at) where status = 'requested';

-- db-scheduler's table (PostgreSQL layout of db-scheduler 16): the escalation sweep runs from here, one instance
-- at a time, and its next run survives restarts
create table if not exists scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index if not exists execution_time_idx on scheduled_tasks (execution_time);
create index if not exists last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index if not exists priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
