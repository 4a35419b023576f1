import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGateway, renderPage, reply } from '../test/harness';
import { ReferralWizard, validateReferral } from './ReferralWizard';

const SUNRISE = {
  id: 's-1', organization: { id: 'o-1', name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  description: 'Nurses and aides at home.', status: 'active', capacity: 'capacity',
};

describe('validateReferral', () => {
  it('needs consent before anything is shared', () => {
    const errors = validateReferral({ reason: 'pain at night', priority: 'urgent', consentObtained: false, consentFrom: '', consentOn: '2026-11-29', familyMemberId: '' }, '2026-11-29');
    expect(Object.keys(errors)).toEqual(['consentObtained', 'consentFrom']);
  });
});

describe('ReferralWizard', () => {
  it('finds a service by category and words, then sends the referral with consent', async () => {
    const { calls, changes } = fakeGateway({
      'GET /api/cases/c-1': { id: 'c-1', status: 'ACTIVE', patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' }, diagnosis: { condition: 'mesothelioma' } },
      'GET /api/cases/c-1/family-members': [],
      'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 50, total: 1 },
      'POST /api/referrals': reply(201, { id: 'r-1' }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });
    expect(await screen.findByRole('heading', { name: 'Refer Walter Hale' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'hospice');
    await userEvent.type(screen.getByLabelText(/Search the directory/), 'home');
    await waitFor(() => expect(calls.some((c) => c.path.includes('category=hospice') && c.path.includes('q=home'))).toBe(true));

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refer to this service' }));
    await userEvent.type(screen.getByLabelText(/Reason for referral/), 'Wishes to die at home');
    await userEvent.selectOptions(screen.getByLabelText(/Priority/), 'urgent');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(/record the consent first/);
    expect(changes()).toHaveLength(0);

    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.type(screen.getByLabelText(/Consent given by/), 'patient');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/cases/c-1/referrals'));
    expect(changes()[0].body).toMatchObject({
      caseId: 'c-1', serviceId: 's-1', reason: 'Wishes to die at home', priority: 'urgent',
      consent: { obtained: true, obtainedFrom: 'patient' },
    });
  });
});
