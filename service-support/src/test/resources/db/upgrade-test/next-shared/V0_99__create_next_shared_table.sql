-- the next shared migration (test only), numbered below every service's own ones
create table next_shared (id bigint primary key);
