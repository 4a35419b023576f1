import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../api/types';
import { fakeGateway, HANA, renderPage } from '../test/harness';
import { ReferralInboxPage } from './ReferralInboxPage';

const BASE = {
  caseId: 'c-1', serviceId: 's-1', organizationId: HANA.org!, category: 'hospice', status: 'requested',
  priority: 'urgent', reason: 'Wishes to die at home.', requestedBy: 'sam', team: 'palliative-north',
  consent: { obtained: true, obtainedFrom: 'patient', obtainedOn: '2026-11-28', scope: ['IDENTITY'] },
  answerDueAt: '2026-11-30T09:00:00Z', overdue: false, escalatedAt: null, waitingList: false, outcome: null,
  createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z', history: [], allowedTransitions: [],
};
const WALTER = { ...BASE, id: 'r-1', shared: { patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' } } } as unknown as Referral;
const UNNAMED = { ...BASE, id: 'r-2', consent: { ...BASE.consent, scope: ['CLINICAL'] }, shared: { diagnosis: { condition: 'COPD' } }, overdue: true } as unknown as Referral;

function open(url = '/referrals') {
  const gateway = fakeGateway({
    'GET /api/referrals': { items: [WALTER, UNNAMED], page: 0, size: 25, total: 2 },
    'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 },
  });
  renderPage(<ReferralInboxPage />, { me: HANA, url, path: '/referrals' });
  return gateway;
}

describe('ReferralInboxPage', () => {
  it("shows the patient's name where identity was shared, and marks the overdue rows", async () => {
    open();
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(2));
    const [walter, unnamed] = screen.getAllByTestId('referral-row');
    expect(walter).toHaveTextContent('Walter Hale');
    expect(within(walter).queryByText('Overdue')).not.toBeInTheDocument();
    expect(unnamed).toHaveTextContent('Not shared');
    expect(unnamed).not.toHaveTextContent('COPD');
    expect(within(unnamed).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Patient' })).toBeInTheDocument();
  });

  it('filters the overdue ones', async () => {
    const { calls } = open();
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(2));
    expect(calls.some((c) => c.path.includes('overdue=true'))).toBe(false);
    await userEvent.click(screen.getByRole('link', { name: 'Overdue' }));

    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/referrals?') && c.path.includes('overdue=true'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Overdue' })).toHaveAttribute('aria-current', 'page');
  });
});
