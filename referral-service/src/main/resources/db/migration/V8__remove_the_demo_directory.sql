-- The fictional directory of V2 was demo data and reached every production database. A new database now starts
-- with an empty directory (admins fill it through the API; ./careloop loads the demo directory that way), and this
-- removes the demo rows from a database that has them: every demo service no referral points at, then every demo
-- organization that no referral and no remaining service points at. Demo rows a referral names stay, so that
-- referral keeps its history; an admin may edit or retire them like any other entry.
delete from directory_service s
 where s.id in (
       '5e4c0000-0000-4000-8000-000000000101',
       '5e4c0000-0000-4000-8000-000000000102',
       '5e4c0000-0000-4000-8000-000000000103',
       '5e4c0000-0000-4000-8000-000000000104',
       '5e4c0000-0000-4000-8000-000000000105',
       '5e4c0000-0000-4000-8000-000000000201',
       '5e4c0000-0000-4000-8000-000000000202',
       '5e4c0000-0000-4000-8000-000000000203',
       '5e4c0000-0000-4000-8000-000000000301',
       '5e4c0000-0000-4000-8000-000000000302',
       '5e4c0000-0000-4000-8000-000000000401',
       '5e4c0000-0000-4000-8000-000000000501',
       '5e4c0000-0000-4000-8000-000000000502',
       '5e4c0000-0000-4000-8000-000000000601',
       '5e4c0000-0000-4000-8000-000000000701',
       '5e4c0000-0000-4000-8000-000000000702',
       '5e4c0000-0000-4000-8000-000000000801',
       '5e4c0000-0000-4000-8000-000000000901',
       '5e4c0000-0000-4000-8000-000000000902',
       '5e4c0000-0000-4000-8000-000000001001',
       '5e4c0000-0000-4000-8000-000000001002',
       '5e4c0000-0000-4000-8000-000000001003',
       '5e4c0000-0000-4000-8000-000000001101')
   and not exists (select 1 from referral r where r.service_id = s.id);

delete from organization o
 where o.id in (
       '5a1e0000-0000-4000-8000-000000000001',
       '5a1e0000-0000-4000-8000-000000000002',
       '5a1e0000-0000-4000-8000-000000000003',
       '5a1e0000-0000-4000-8000-000000000004',
       '5a1e0000-0000-4000-8000-000000000005',
       '5a1e0000-0000-4000-8000-000000000006',
       '5a1e0000-0000-4000-8000-000000000007',
       '5a1e0000-0000-4000-8000-000000000008',
       '5a1e0000-0000-4000-8000-000000000009',
       '5a1e0000-0000-4000-8000-000000000010',
       '5a1e0000-0000-4000-8000-000000000011')
   and not exists (select 1 from referral r where r.organization_id = o.id)
   and not exists (select 1 from directory_service s where s.organization_id = o.id);
