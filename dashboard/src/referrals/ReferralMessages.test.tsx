import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Referral } from '../api/types';
import { fakeGateway, FakeStream, HANA, renderPage, reply, SAM } from '../test/harness';
import { ReferralPage } from './ReferralPage';

const SUNRISE = {
  id: 's-1', organization: { id: HANA.org, name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  status: 'active', capacity: 'capacity',
};
const REFERRAL = {
  id: 'r-1', caseId: 'c-1', serviceId: 's-1', organizationId: HANA.org!, category: 'hospice', status: 'accepted',
  priority: 'urgent', reason: 'Wishes to die at home.', requestedBy: 'sam', team: 'palliative-north',
  consent: { obtained: true, obtainedFrom: 'patient', obtainedOn: '2026-11-28', recordedBy: 'sam', scope: [] },
  shared: null, answerDueAt: '2026-11-30T09:00:00Z', overdue: false, escalatedAt: null, waitingList: false,
  createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z', outcome: null,
  history: [{ status: 'requested', by: 'sam', role: 'social-worker', at: '2026-11-29T09:00:00Z' }],
  allowedTransitions: [],
} as unknown as Referral;

const ASKED = { id: 'm-1', referralId: 'r-1', text: 'Can you visit Thursday?', by: 'sam', role: 'social-worker', side: 'requester', postedAt: '2026-11-29T10:00:00Z' };
const ANSWERED = { id: 'm-2', referralId: 'r-1', text: 'Yes, 10:00.', by: 'hana', role: 'hospice-staff', side: 'receiver', postedAt: '2026-11-29T11:00:00Z' };
const LATER = { id: 'm-3', referralId: 'r-1', text: 'Thank you, the family knows.', by: 'sam', role: 'social-worker', side: 'requester', postedAt: '2026-11-29T12:00:00Z' };

function open(me = HANA, routes: Record<string, unknown> = {}) {
  const gateway = fakeGateway({
    'GET /api/referrals/r-1': REFERRAL,
    'GET /api/directory/services/s-1': SUNRISE,
    'GET /api/referrals/r-1/messages': [ASKED, ANSWERED],
    'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 },
    ...routes,
  });
  renderPage(<ReferralPage />, { me, url: '/referrals/r-1', path: '/referrals/:referralId' });
  return gateway;
}

const thread = () => screen.findByRole('log', { name: 'Messages' });
const texts = (log: HTMLElement) => within(log).getAllByRole('listitem').map((li) => li.textContent);

describe('ReferralPage: the messages', () => {
  beforeEach(() => { FakeStream.opened = []; });

  it('shows the thread oldest first, this side as "You" and the other end by its name', async () => {
    open(HANA);
    const log = await thread();
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = texts(log);
    expect(first).toContain('Can you visit Thursday?');
    expect(first).toContain('Social worker (sam)');
    expect(second).toContain('Yes, 10:00.');
    expect(second).toContain('You');
  });

  it('names the receiving organization to the requester', async () => {
    open(SAM);
    const log = await thread();
    await waitFor(() => expect(texts(log)[1]).toContain('Sunrise Hospice'));
    expect(texts(log)[0]).toContain('You');
  });

  it('posts a message, counts its characters, and shows it in the thread', async () => {
    const { changes } = open(HANA, {
      'POST /api/referrals/r-1/messages': reply(201, { ...LATER, id: 'm-9', text: 'We can come at 10:00.', by: 'hana', side: 'receiver' }),
    });
    await thread();
    const box = screen.getByLabelText('Your message');
    await userEvent.type(box, 'We can come at 10:00.');
    expect(box).toHaveAccessibleDescription(/21 of 4000 characters/);
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }));

    await waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0]).toMatchObject({ path: '/api/referrals/r-1/messages', body: { text: 'We can come at 10:00.' } });
    await waitFor(() => expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('We can come at 10:00.'));
    expect(box).toHaveValue('');
  });

  it('sends neither an empty message nor one over 4000 characters', async () => {
    const { changes } = open(HANA);
    await thread();
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(/Write the message first/);

    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: 'x'.repeat(4001) } });
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(/4001 of 4000 characters/);
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(/1 character too long/);
    expect(changes()).toHaveLength(0);
  });

  it('shows the refusal of the service', async () => {
    open(HANA, {
      'POST /api/referrals/r-1/messages': reply(400, {
        title: 'Invalid request', status: 400, errors: [{ field: 'text', message: 'must not be blank' }],
      }),
    });
    await thread();
    await userEvent.type(screen.getByLabelText('Your message'), 'Hello');
    await userEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid request');
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(/must not be blank/);
  });

  it('loads the thread again when a message notification of this referral arrives on the live stream', async () => {
    let asked = 0;
    const { calls } = open(SAM, {
      'GET /api/referrals/r-1/messages': () => ({ body: ++asked === 1 ? [ASKED] : [ASKED, ANSWERED] }),
    });
    const log = await thread();
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(1));
    expect(FakeStream.opened).toHaveLength(1);

    act(() => FakeStream.opened[0].emit('notification', {
      id: 'n-1', kind: 'REFERRAL_MESSAGE', title: 'New message on a referral',
      body: 'There is a new message on a referral in CareLoop.', link: '/referrals/r-1', createdAt: '2026-11-29T11:00:01Z',
    }));

    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    expect(log).toHaveTextContent('Yes, 10:00.');
    expect(FakeStream.opened).toHaveLength(1); // the notification centre's stream: no second one
    expect(calls.filter((c) => c.path === '/api/referrals/r-1/messages')).toHaveLength(2);
  });

  it('has no thread on a draft, which the other end has not seen', async () => {
    open(SAM, { 'GET /api/referrals/r-1': { ...REFERRAL, status: 'draft' } });
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Draft');
    expect(screen.queryByRole('log', { name: 'Messages' })).not.toBeInTheDocument();
  });
});
