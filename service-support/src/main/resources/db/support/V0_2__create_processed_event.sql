-- the consumer side of exactly-once effects: an event id is written with the effect it had
create table processed_event (
    event_id     uuid primary key,
    event_type   varchar(100) not null,
    processed_at timestamptz  not null
);
