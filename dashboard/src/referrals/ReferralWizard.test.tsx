import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../test/axe';
import { fakeGateway, renderPage, reply, type Call } from '../test/harness';
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
    await userEvent.click(screen.getByRole('tab', { name: 'Hospice' }));
    await userEvent.type(screen.getByLabelText(/Search the directory/), 'home');
    await waitFor(() => expect(calls.some((c) => c.path.includes('category=hospice') && c.path.includes('q=home'))).toBe(true));

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refer to this service' }));
    await userEvent.type(screen.getByLabelText(/Reason for referral/), 'Wishes to die at home');
    await userEvent.selectOptions(screen.getByLabelText(/Priority/), 'urgent');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));
    expect(screen.getByRole('checkbox', { name: /Consent to share/ })).toHaveAccessibleDescription(/record the consent first/);
    expect(changes()).toHaveLength(0);

    await userEvent.click(screen.getByRole('checkbox', { name: /Consent to share/ }));
    await userEvent.type(screen.getByLabelText(/Consent given by/), 'patient');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/cases/c-1/referrals'));
    expect(changes()[0].body).toMatchObject({
      caseId: 'c-1', serviceId: 's-1', reason: 'Wishes to die at home', priority: 'urgent',
      consent: { obtained: true, obtainedFrom: 'patient' },
    });
    expect(changes()[0].body).not.toHaveProperty('waitingListAccepted');
  });

  const CASE = {
    'GET /api/cases/c-1': { id: 'c-1', status: 'ACTIVE', patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' }, diagnosis: { condition: 'mesothelioma' } },
    'GET /api/cases/c-1/family-members': [],
  };
  const FULL = { ...SUNRISE, id: 's-2', name: 'Inpatient hospice', capacity: 'no-capacity' };
  const CLOSED = { ...SUNRISE, id: 's-3', name: 'Music therapy', category: 'holistic-therapy', status: 'temporarily closed' };
  const GONE = { ...SUNRISE, id: 's-4', name: 'Old day centre', status: 'defunct' };

  async function reasonAndConsent() {
    await userEvent.type(screen.getByLabelText(/Reason for referral/), 'Wishes to die at home');
    await userEvent.click(screen.getByRole('checkbox', { name: /Consent to share/ }));
    await userEvent.type(screen.getByLabelText(/Consent given by/), 'patient');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));
  }

  it('asks before referring to a service at capacity, and then sends the referral for its waiting list', async () => {
    const { changes } = fakeGateway({
      ...CASE,
      'GET /api/directory/services': { items: [FULL], page: 0, size: 10, total: 1 },
      'POST /api/referrals': reply(201, { id: 'r-1' }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Inpatient hospice' }));
    expect(screen.getByRole('heading', { name: 'Refer to the waiting list?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refer to this service' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, refer to the waiting list' }));
    expect(screen.getByText(/onto the waiting list of/)).toBeInTheDocument();
    await reasonAndConsent();

    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].body).toMatchObject({ serviceId: 's-2', waitingListAccepted: true });
  });

  it('asks for the waiting list of a temporarily closed service too', async () => {
    const { changes } = fakeGateway({
      ...CASE,
      'GET /api/directory/services': { items: [CLOSED], page: 0, size: 10, total: 1 },
      'POST /api/referrals': reply(201, { id: 'r-1' }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Music therapy' }));
    expect(screen.getByText(/temporarily closed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, refer to the waiting list' }));
    await reasonAndConsent();

    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].body).toMatchObject({ serviceId: 's-3', waitingListAccepted: true });
  });

  it('comes back to the same search after "Choose another"', async () => {
    fakeGateway({ ...CASE, 'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 10, total: 1 } });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });
    await userEvent.click(screen.getByRole('tab', { name: 'Hospice' }));
    await userEvent.type(screen.getByLabelText(/Search the directory/), 'home');

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
    await userEvent.click(screen.getByRole('button', { name: 'Choose another' }));

    expect(screen.getByRole('tab', { name: 'Hospice' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText(/Search the directory/)).toHaveValue('home');
  });

  it('does not let an inactive or defunct service be chosen', async () => {
    fakeGateway({ ...CASE, 'GET /api/directory/services': { items: [GONE], page: 0, size: 10, total: 1 } });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });

    expect(await screen.findByRole('button', { name: 'Choose Old day centre' })).toBeDisabled();
    expect(screen.getByText('No longer offered')).toBeInTheDocument();
  });

  it('starts from a service chosen before (the directory’s Refer), at its check', async () => {
    const { changes, calls } = fakeGateway({
      ...CASE,
      'GET /api/directory/services/s-2': FULL,
      'POST /api/referrals': reply(201, { id: 'r-1' }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer?service=s-2', path: '/cases/:caseId/refer' });

    expect(await screen.findByRole('heading', { name: 'Inpatient hospice' })).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/directory/services?'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, refer to the waiting list' }));
    await reasonAndConsent();

    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0].body).toMatchObject({ caseId: 'c-1', serviceId: 's-2', waitingListAccepted: true });
  });

  it('asks for the waiting list when the service filled up since it was chosen, and sends again on yes', async () => {
    const { changes } = fakeGateway({
      ...CASE,
      'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 10, total: 1 },
      'POST /api/referrals': (call: Call) => ((call.body as { waitingListAccepted?: boolean }).waitingListAccepted
        ? { status: 201, body: { id: 'r-1' } }
        : { status: 409, body: { type: 'https://careloop.org/problems/service-at-capacity', title: 'The service is at capacity', status: 409, capacity: 'no-capacity', serviceStatus: 'active' } }),
    });
    renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });

    await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
    await userEvent.click(screen.getByRole('button', { name: 'Refer to this service' }));
    await reasonAndConsent();
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, refer to the waiting list' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/cases/c-1/referrals'));
    expect(changes()).toHaveLength(2);
    expect(changes()[1].body).toMatchObject({ serviceId: 's-1', waitingListAccepted: true });
  });

  it('is accessible at the search and at the waiting list question', async () => {
    fakeGateway({ ...CASE, 'GET /api/directory/services': { items: [SUNRISE, FULL, GONE], page: 0, size: 10, total: 3 } });
    renderPage(<main><ReferralWizard /></main>, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });
    await screen.findByRole('button', { name: 'Choose Inpatient hospice' });
    await expectAccessible();
    await userEvent.click(screen.getByRole('button', { name: 'Choose Inpatient hospice' }));
    await expectAccessible();
  });
});

const WALTER = {
  id: 'c-1', status: 'ACTIVE',
  patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14', phone: '+1 555 0100', address: '12 Elm St, Springfield' },
  diagnosis: { condition: 'Mesothelioma', stage: 'IV' },
};
const HALES = [
  { id: 'f-1', name: 'Jim Hale', relationship: 'son', phone: '+1 555 0199', isPrimaryContact: false },
  { id: 'f-2', name: 'Rose Hale', relationship: 'wife', phone: '+1 555 0101', isPrimaryContact: true },
];

function walterGateway(refer: unknown = reply(201, { id: 'r-1' })) {
  return fakeGateway({
    'GET /api/cases/c-1': WALTER,
    'GET /api/cases/c-1/family-members': HALES,
    'GET /api/cases/c-1/wishes': { caseId: 'c-1', preferredPlaceOfDeath: 'HOME' },
    'GET /api/directory/services': { items: [SUNRISE], page: 0, size: 50, total: 1 },
    'POST /api/referrals': refer,
  });
}

/** Through the choice of the service to the step where the reason, the consent and what is shared are given. */
async function toSharingStep() {
  renderPage(<ReferralWizard />, { url: '/cases/c-1/refer', path: '/cases/:caseId/refer' });
  await userEvent.click(await screen.findByRole('button', { name: 'Choose Home hospice care' }));
  await userEvent.click(screen.getByRole('button', { name: 'Refer to this service' }));
  await userEvent.type(screen.getByLabelText(/Reason for referral/), 'Wishes to die at home');
  await userEvent.click(screen.getByRole('checkbox', { name: /Consent to share/ }));
  await userEvent.type(screen.getByLabelText(/Consent given by/), 'patient');
}

const sent = (changes: () => Call[]) => changes()[0].body as Record<string, unknown>;

describe('ReferralWizard: what will be shared', () => {
  it('shows each part pre-filled from the case, the primary contact and the wish, none ticked', async () => {
    walterGateway();
    await toSharingStep();
    const shared = await screen.findByRole('group', { name: 'What will be shared' });
    const identity = within(shared).getByRole('group', { name: 'Identity' });
    expect(identity).toHaveTextContent('Walter Hale');
    expect(identity).toHaveTextContent('1951');
    const contact = within(shared).getByRole('group', { name: 'Contact' });
    expect(contact).toHaveTextContent('+1 555 0100');
    expect(contact).toHaveTextContent('12 Elm St, Springfield');
    expect(contact).toHaveTextContent('Rose Hale (wife)');
    expect(contact).not.toHaveTextContent('Jim Hale');
    const clinical = within(shared).getByRole('group', { name: 'Clinical' });
    expect(clinical).toHaveTextContent('Mesothelioma');
    expect(clinical).toHaveTextContent('IV');
    await waitFor(() => expect(clinical).toHaveTextContent('Home'));
    for (const part of ['identity', 'contact', 'clinical']) {
      expect(within(shared).getByRole('checkbox', { name: new RegExp(part, 'i') })).not.toBeChecked();
    }
  });

  it('sends only the ticked parts as the consent scope and in what is shared, with the note', async () => {
    const { changes } = walterGateway();
    await toSharingStep();
    await userEvent.click(await screen.findByRole('checkbox', { name: /Share identity/ }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Clinical' })).toHaveTextContent('Home'));
    await userEvent.click(screen.getByRole('checkbox', { name: /Share clinical/ }));
    await userEvent.type(screen.getByLabelText(/Note for the service/), 'Ring twice; the dog is friendly.');
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));

    await waitFor(() => expect(changes()).toHaveLength(1));
    const body = sent(changes);
    expect(body.consent).toMatchObject({ obtained: true, obtainedFrom: 'patient', scope: ['IDENTITY', 'CLINICAL'] });
    expect(body.shared).toEqual({
      patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' },
      diagnosis: { condition: 'Mesothelioma', stage: 'IV' },
      preferredPlaceOfDeath: 'HOME',
      note: 'Ring twice; the dog is friendly.',
    });
    // the unticked part (CONTACT): none of its fields leave the browser
    const text = JSON.stringify(body);
    for (const field of ['+1 555 0100', '12 Elm St', 'Rose Hale', 'primaryContact', '"phone"', '"address"']) {
      expect(text).not.toContain(field);
    }
  });

  it('sends an empty scope and nothing shared when no part is ticked and no note written', async () => {
    const { changes } = walterGateway();
    await toSharingStep();
    await screen.findByRole('group', { name: 'What will be shared' });
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));

    await waitFor(() => expect(changes()).toHaveLength(1));
    const body = sent(changes);
    expect(body.consent).toMatchObject({ scope: [] });
    expect(body).not.toHaveProperty('shared');
  });

  it('shows each field the service refused as beyond the consent', async () => {
    walterGateway(reply(422, {
      type: 'https://careloop.example/problems/outside-consent-scope', title: 'Shared beyond the consent', status: 422,
      errors: [{ field: 'shared.patient.phone', message: 'is CONTACT, which the consent does not cover' }], parts: ['CONTACT'],
    }));
    await toSharingStep();
    await userEvent.click(await screen.findByRole('checkbox', { name: /Share contact/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send referral' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Shared beyond the consent');
    expect(alert).toHaveTextContent('is CONTACT, which the consent does not cover');
    expect(screen.getByTestId('location')).toHaveTextContent('/cases/c-1/refer');
  });
});
