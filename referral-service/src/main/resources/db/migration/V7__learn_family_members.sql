-- The family members of each case, from careloop.case.family-member-added.v1 (ids only: names and contact details
-- stay in case-service): a referral for a family member must name one of its case.
create table family_member_view (
    id       uuid primary key,
    case_id  uuid        not null,
    added_at timestamptz not null
);

create index family_member_view_case_idx on family_member_view (case_id);

-- Family members added before this version were never kept here. Those already named by a referral of their case
-- (chosen by the case's holder from case-service's list) are known from it; any other is learned from its next
-- family-member-added event (or by re-reading careloop.case-events, see docs/referral-service.md).
insert into family_member_view (id, case_id, added_at)
select family_member_id, min(case_id::text)::uuid, min(created_at)
  from referral
 where family_member_id is not null
 group by family_member_id
having count(distinct case_id) = 1
on conflict (id) do nothing;

-- Events this service used to skip (family members, deaths entered in error or corrected) were recorded as
-- processed without any effect: forget them, so that reading careloop.case-events again applies them now.
delete from processed_event where event_type in ('careloop.case.family-member-added.v1',
    'careloop.case.death-entered-in-error.v1', 'careloop.case.death-date-corrected.v1');
