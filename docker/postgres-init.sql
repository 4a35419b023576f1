-- One database per service, owned by an owner role that runs the migrations (and so owns the tables, the audit
-- trail's trigger and functions), and a user the service runs as, which the migrations grant what it needs: it may
-- add to the audit trail and read it, never change it (passwords from the environment in docker-compose.yml).
\set cases_password `echo "$CASES_DB_PASSWORD"`
\set cases_owner_password `echo "$CASES_DB_OWNER_PASSWORD"`
\set referrals_password `echo "$REFERRALS_DB_PASSWORD"`
\set referrals_owner_password `echo "$REFERRALS_DB_OWNER_PASSWORD"`
\set notifications_password `echo "$NOTIFICATIONS_DB_PASSWORD"`
\set notifications_owner_password `echo "$NOTIFICATIONS_DB_OWNER_PASSWORD"`
create user cases_owner with password :'cases_owner_password';
create user cases with password :'cases_password';
create database cases owner cases_owner;
create user referrals_owner with password :'referrals_owner_password';
create user referrals with password :'referrals_password';
create database referrals owner referrals_owner;
create user notifications_owner with password :'notifications_owner_password';
create user notifications with password :'notifications_password';
create database notifications owner notifications_owner;
