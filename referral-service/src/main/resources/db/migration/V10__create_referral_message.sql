-- what the two ends of a referral write to each other on it, oldest first (position); never changed nor deleted
create table referral_message (
    id            uuid primary key,
    position      bigint generated always as identity,
    referral_id   uuid          not null references referral (id),
    text          varchar(4000) not null,
    posted_by     varchar(100)  not null,
    posted_by_sub varchar(100),
    role          varchar(30)   not null,
    side          varchar(10)   not null,
    posted_at     timestamptz   not null
);

create index referral_message_referral_idx on referral_message (referral_id, position);
