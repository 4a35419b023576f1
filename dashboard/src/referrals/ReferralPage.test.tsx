import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../api/types';
import { fakeGateway, HANA, renderPage, SAM } from '../test/harness';
import { ReferralPage } from './ReferralPage';

const SUNRISE = {
  id: 's-1', organization: { id: HANA.org, name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  status: 'active', capacity: 'capacity',
};

// the fields the page reads; referral-service sends the others too, as null where nothing is recorded
const SHARED_REFERRAL = {
  id: 'r-1', caseId: 'c-1', serviceId: 's-1', organizationId: HANA.org!, category: 'hospice', status: 'requested',
  priority: 'urgent', reason: 'Wishes to die at home; wife is exhausted.', requestedBy: 'sam', team: 'palliative-north',
  consent: { obtained: true, obtainedFrom: 'patient', obtainedOn: '2026-11-28', recordedBy: 'sam', scope: ['IDENTITY', 'CLINICAL'] },
  shared: {
    patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14', phone: null, address: null },
    primaryContact: null,
    diagnosis: { condition: 'Mesothelioma', stage: 'IV' },
    preferredPlaceOfDeath: 'HOME',
    note: 'Ring twice; the dog is friendly.',
  },
  answerDueAt: '2026-11-30T09:00:00Z', overdue: false, escalatedAt: null, waitingList: false,
  createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z', outcome: null,
  history: [{ status: 'requested', by: 'sam', role: 'social-worker', at: '2026-11-29T09:00:00Z' }],
  allowedTransitions: [],
} as unknown as Referral;

function open(referral: Referral, me = HANA, more: Record<string, unknown> = {}) {
  const gateway = fakeGateway({
    'GET /api/referrals/r-1': referral,
    'GET /api/directory/services/s-1': SUNRISE,
    'GET /api/referrals/r-1/messages': [],
    ...more,
  });
  renderPage(<ReferralPage />, { me, url: '/referrals/r-1', path: '/referrals/:referralId' });
  return gateway;
}

describe('ReferralPage: the shared summary', () => {
  it('shows the receiver who the patient is, the diagnosis, the wish and the note, and "Not shared" for contact', async () => {
    open(SHARED_REFERRAL);
    const who = await screen.findByRole('region', { name: 'Who' });
    expect(who).toHaveTextContent('Walter Hale');
    expect(who).toHaveTextContent('1951');
    expect(screen.getByRole('region', { name: 'How to reach them' })).toHaveTextContent('Not shared');
    const clinical = screen.getByRole('region', { name: 'Diagnosis' });
    expect(clinical).toHaveTextContent('Mesothelioma');
    expect(clinical).toHaveTextContent('IV');
    expect(screen.getByRole('region', { name: 'Wish' })).toHaveTextContent('Home');
    expect(screen.getByRole('region', { name: 'Note from the social worker' })).toHaveTextContent('Ring twice; the dog is friendly.');
    expect(screen.getByRole('region', { name: 'Consent' })).toHaveTextContent(/Identity, Clinical/);
  });

  it('shows how to reach them where contact was shared', async () => {
    open({
      ...SHARED_REFERRAL,
      consent: { ...SHARED_REFERRAL.consent, scope: ['CONTACT'] },
      shared: { patient: { phone: '+1 555 0100', address: '12 Elm St' }, primaryContact: { name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101' } },
    } as Referral);
    const reach = await screen.findByRole('region', { name: 'How to reach them' });
    expect(reach).toHaveTextContent('+1 555 0100');
    expect(reach).toHaveTextContent('12 Elm St');
    expect(reach).toHaveTextContent('Rose Hale (wife), +1 555 0101');
    expect(screen.getByRole('region', { name: 'Who' })).toHaveTextContent('Not shared');
    expect(screen.getByRole('region', { name: 'Diagnosis' })).toHaveTextContent('Not shared');
    expect(screen.getByRole('region', { name: 'Wish' })).toHaveTextContent('Not shared');
  });

  it('says nothing was shared about the patient on a referral that shared nothing', async () => {
    open({ ...SHARED_REFERRAL, consent: { ...SHARED_REFERRAL.consent, scope: [] }, shared: null } as Referral);
    expect(await screen.findByRole('region', { name: 'Who' })).toHaveTextContent('Not shared');
    expect(screen.queryByRole('region', { name: 'Note from the social worker' })).not.toBeInTheDocument();
  });

  it('marks an overdue referral with its answer time, and one on the waiting list', async () => {
    open({ ...SHARED_REFERRAL, overdue: true, waitingList: true } as Referral);
    expect(await screen.findByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('Waiting list')).toBeInTheDocument();
    expect(screen.getByText(/Answer was due/)).toBeInTheDocument();
  });

  it('shows the answer time, without the overdue mark, while it is not yet past', async () => {
    open(SHARED_REFERRAL, SAM);
    expect(await screen.findByText(/Answer due/)).toBeInTheDocument();
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.queryByText('Waiting list')).not.toBeInTheDocument();
  });
});

describe('ReferralPage: after an urgent referral was declined', () => {
  const DECLINED = {
    ...SHARED_REFERRAL, status: 'rejected', outcome: 'no-capacity',
    history: [...SHARED_REFERRAL.history, { status: 'rejected', by: 'hana', role: 'hospice-staff', at: '2026-11-29T10:00:00Z', reason: 'No nurse free', outcome: 'no-capacity' }],
  } as Referral;
  const DAWN = { ...SUNRISE, id: 's-2', name: 'Dawn hospice at home', organization: { id: 'o-2', name: 'Dawn Hospice' } };
  const WITH_CAPACITY = { 'GET /api/directory/services': { items: [SUNRISE, DAWN], page: 0, size: 20, total: 2 } };

  it('offers the requester other hospice services with capacity, without the one that declined, each to refer to', async () => {
    const { calls } = open(DECLINED, SAM, WITH_CAPACITY);
    const others = await screen.findByRole('region', { name: 'Other hospice services with capacity' });
    await waitFor(() => expect(within(others).getAllByRole('listitem')).toHaveLength(1));
    expect(others).toHaveTextContent('Dawn hospice at home');
    expect(others).toHaveTextContent('Dawn Hospice');
    expect(within(others).getByRole('link', { name: 'Refer to Dawn hospice at home' })).toHaveAttribute('href', '/cases/c-1/refer?service=s-2');
    const search = calls.find((c) => c.path.startsWith('/api/directory/services?'))!.path;
    expect(search).toContain('category=hospice');
    expect(search).toContain('available=true');
  });

  it('says so when no other service has capacity', async () => {
    open(DECLINED, SAM, { 'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 20, total: 1 } });
    const others = await screen.findByRole('region', { name: 'Other hospice services with capacity' });
    await waitFor(() => expect(others).toHaveTextContent(/No other hospice service has capacity now/));
  });

  it('offers nothing after a routine referral was declined, nor to the receiver', async () => {
    open({ ...DECLINED, priority: 'routine' } as Referral, SAM, WITH_CAPACITY);
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Declined');
    expect(screen.queryByRole('region', { name: /Other .* services with capacity/ })).not.toBeInTheDocument();
  });

  it('offers nothing to the receiver', async () => {
    open(DECLINED, HANA, WITH_CAPACITY);
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Declined');
    expect(screen.queryByRole('region', { name: /Other .* services with capacity/ })).not.toBeInTheDocument();
  });
});
