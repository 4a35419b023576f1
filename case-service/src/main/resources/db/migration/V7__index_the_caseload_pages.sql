-- The caseload's default page (every status, newest first) straight from an index, for a worker and for a team, and
-- a team's name search filtered within an index. With a million cases (benchmarks P7) the team's default page took
-- 12 ms plus 12 ms for its count, sorted from every case of the team; with these both take under 2 ms.
create index care_case_worker_newest_idx on care_case (assigned_worker, opened_at desc, id desc);
create index care_case_team_newest_idx on care_case (team, opened_at desc, id desc);
create index care_case_team_name_idx on care_case (team, patient_search_name);
