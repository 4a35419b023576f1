-- the next shared migration (test only), numbered below every one of case-service's own
create table next_shared (id bigint primary key);
