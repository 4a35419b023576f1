-- What referral-service knows of each case, from careloop.case-events only (never a call to case-service).
-- Each field keeps the time of the event that set it, so an older event arriving late does not undo a newer one.
create table case_view (
    case_id          uuid primary key,
    assigned_worker  varchar(100),
    team             varchar(100),
    assigned_at      timestamptz,
    status           varchar(16),
    status_at        timestamptz,
    date_of_death    date
);

create index case_view_worker_idx on case_view (assigned_worker);
create index case_view_team_idx on case_view (team);
