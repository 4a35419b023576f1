-- One database and one user per service (passwords from the environment in docker-compose.yml).
\set cases_password `echo "$CASES_DB_PASSWORD"`
\set referrals_password `echo "$REFERRALS_DB_PASSWORD"`
\set notifications_password `echo "$NOTIFICATIONS_DB_PASSWORD"`
create user cases with password :'cases_password';
create database cases owner cases;
create user referrals with password :'referrals_password';
create database referrals owner referrals;
create user notifications with password :'notifications_password';
create database notifications owner notifications;
