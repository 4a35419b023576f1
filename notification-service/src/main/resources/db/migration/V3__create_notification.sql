-- The in-app inbox. A notification is addressed to one person, to every staff member of an organization, or to
-- the supervisors of a team; seq orders them and is the SSE event id a reconnecting stream resumes from.
create table notification (
    id             uuid primary key,
    seq            bigint generated always as identity unique,
    kind           varchar(40)  not null,
    title          varchar(200) not null,
    body           varchar(1000) not null,
    link           varchar(300) not null,
    recipient_user varchar(100),
    recipient_org  uuid,
    recipient_team varchar(100),
    created_at     timestamptz  not null,
    check (recipient_user is not null or recipient_org is not null or recipient_team is not null)
);

create index notification_user_idx on notification (recipient_user, seq);
create index notification_org_idx on notification (recipient_org, seq);
create index notification_team_idx on notification (recipient_team, seq);

create table notification_read (
    notification_id uuid         not null references notification (id),
    username        varchar(100) not null,
    read_at         timestamptz  not null,
    primary key (notification_id, username)
);

-- e-mail addresses of staff, learnt from their tokens when they use CareLoop: where notification mails go
create table staff_member (
    username   varchar(100) primary key,
    email      varchar(254),
    org_id     uuid,
    team       varchar(100),
    supervisor boolean      not null,
    seen_at    timestamptz  not null
);

-- mail to send: written with the notification, sent by a scheduled task; no health data in it
create table outgoing_mail (
    id          uuid primary key,
    recipient   varchar(254) not null,
    subject     varchar(200) not null,
    body        varchar(2000) not null,
    status      varchar(10)  not null,
    created_at  timestamptz  not null,
    claimed_at  timestamptz,
    sent_at     timestamptz,
    attempts    integer      not null
);

create index outgoing_mail_pending_idx on outgoing_mail (created_at) where status <> 'SENT';
