import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { fakeGateway, HANA, renderPage, reply, SAM } from '../test/harness';
import { ReferralInboxPage } from './ReferralInboxPage';
import { ReferralPage } from './ReferralPage';
import { ReferralWizard } from './ReferralWizard';

/** axe-core as the browser tests run it (contrast needs a real browser), serious and critical violations only. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const SUNRISE = {
  id: 's-1', organization: { id: HANA.org, name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  description: 'Nurses and aides at home.', status: 'active', capacity: 'capacity',
};
const DAWN = { ...SUNRISE, id: 's-2', name: 'Dawn hospice at home', organization: { id: 'o-2', name: 'Dawn Hospice' } };
const REFERRAL = {
  id: 'r-1', caseId: 'c-1', serviceId: 's-1', organizationId: HANA.org!, category: 'hospice', status: 'rejected',
  priority: 'urgent', reason: 'Wishes to die at home.', requestedBy: 'sam', team: 'palliative-north',
  consent: { obtained: true, obtainedFrom: 'patient', obtainedOn: '2026-11-28', recordedBy: 'sam', scope: ['IDENTITY', 'CLINICAL'] },
  shared: { patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' }, diagnosis: { condition: 'Mesothelioma' }, preferredPlaceOfDeath: 'HOME', note: 'Ring twice.' },
  answerDueAt: '2026-11-30T09:00:00Z', overdue: true, escalatedAt: null, waitingList: true, outcome: 'no-capacity',
  createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z',
  history: [{ status: 'requested', by: 'sam', role: 'social-worker', at: '2026-11-29T09:00:00Z' }],
  allowedTransitions: [{ status: 'entered-in-error', requires: [], outcomes: [] }],
};
const MESSAGES = [
  { id: 'm-1', referralId: 'r-1', text: 'Can you visit Thursday?', by: 'sam', role: 'social-worker', side: 'requester', postedAt: '2026-11-29T10:00:00Z' },
  { id: 'm-2', referralId: 'r-1', text: 'Yes, 10:00.', by: 'hana', role: 'hospice-staff', side: 'receiver', postedAt: '2026-11-29T11:00:00Z' },
];

describe('the referral pages, checked with axe-core', () => {
  it('the referral page with the shared summary, the thread and the other services', async () => {
    fakeGateway({
      'GET /api/referrals/r-1': REFERRAL,
      'GET /api/directory/services/s-1': SUNRISE,
      'GET /api/directory/services': { items: [SUNRISE, DAWN], page: 0, size: 20, total: 2 },
      'GET /api/referrals/r-1/messages': MESSAGES,
    });
    renderPage(<ReferralPage />, { me: SAM, url: '/referrals/r-1', path: '/referrals/:referralId' });
    await screen.findByRole('link', { name: 'Refer to Dawn hospice at home' }, { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('Yes, 10:00.'));
    await userEvent.click(screen.getByRole('button', { name: 'Send message' })); // with its error shown
    expect(await violations()).toEqual([]);
  });

  it('the wizard at what will be shared, with a refusal shown', async () => {
    fakeGateway({
      'GET /api/cases/c-1': { id: 'c-1', status: 'ACTIVE', patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14', phone: '+1 555 0100' }, diagnosis: { condition: 'Mesothelioma' } },
      'GET /api/cases/c-1/family-members': [{ id: 'f-2', name: 'Rose Hale', relationship: 'wife', isPrimaryContact: true }],
      'GET /api/cases/c-1/wishes': { caseId: 'c-1', preferredPlaceOfDeath: 'HOME' },
      'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 50, total: 1 },
      'POST /api/referrals': reply(422, {
        title: 'Shared beyond the consent', status: 422, parts: ['CONTACT'],
        errors: [{ field: 'shared.patient.phone', message: 'is CONTACT, which the consent does not cover' }],
      }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });
    await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refer to this service' }));
    await userEvent.type(screen.getByLabelText(/Reason for referral/), 'Wishes to die at home');
    await userEvent.click(screen.getByRole('checkbox', { name: /Consent to share/ }));
    await userEvent.type(screen.getByLabelText(/Consent given by/), 'patient');
    await userEvent.click(screen.getByRole('checkbox', { name: /Share contact/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
  });

  it('the inbox with its overdue view', async () => {
    fakeGateway({
      'GET /api/referrals': { items: [{ ...REFERRAL, status: 'requested' }], page: 0, size: 25, total: 1 },
    });
    renderPage(<ReferralInboxPage />, { me: HANA, url: '/referrals?view=overdue', path: '/referrals' });
    await screen.findByText('Walter Hale');
    expect(await violations()).toEqual([]);
  });
});
