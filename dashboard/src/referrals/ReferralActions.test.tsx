import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Referral, ReferralOutcome, ReferralStatus, ReferralTransition } from '../api/types';
import { fakeGateway, HANA, renderPage, reply } from '../test/harness';
import { ReferralActions } from './ReferralActions';
import { referralActions } from './referralLifecycle';

type Side = 'receiver' | 'requester';
const ALL_OUTCOMES: ReferralOutcome[] = ['got-help', 'not-eligible', 'no-capacity', 'could-not-contact', 'no-longer-interested', 'referred-elsewhere'];
/** The outcomes referral-service accepts with each status: completed all (one required), rejected and failed all but got-help. */
const OUTCOMES_OF: Partial<Record<ReferralStatus, ReferralOutcome[]>> = {
  completed: ALL_OUTCOMES, rejected: ALL_OUTCOMES.filter((o) => o !== 'got-help'), failed: ALL_OUTCOMES.filter((o) => o !== 'got-help'),
};
const move = (status: ReferralStatus, ...requires: ReferralTransition['requires']): ReferralTransition =>
  ({ status, requires, outcomes: OUTCOMES_OF[status] ?? [] });
const WORK_ENDS = [move('completed', 'outcome'), move('failed', 'reason')];

/** The moves referral-service allows each end of the loop, as its answers carry them (filtered for the caller). */
const ALLOWED: Record<Side, Partial<Record<ReferralStatus, ReferralTransition[]>>> = {
  receiver: {
    requested: [move('accepted'), move('rejected', 'reason')],
    accepted: [move('in-progress'), move('on-hold', 'reason'), ...WORK_ENDS],
    'on-hold': [move('in-progress'), ...WORK_ENDS],
  },
  requester: {
    requested: [move('cancelled', 'reason'), move('entered-in-error')],
  },
};

// the fields the page reads; referral-service sends the others too, as null where nothing is recorded
const REFERRAL = {
  id: 'r-1', caseId: 'c-1', serviceId: 's-1', organizationId: HANA.org!, category: 'hospice', status: 'requested',
  priority: 'urgent', reason: 'Wishes to die at home; wife is exhausted.', requestedBy: 'sam', team: 'palliative-north',
  consent: { obtained: true, obtainedFrom: 'patient', obtainedOn: '2026-11-28' },
  createdAt: '2026-11-29T09:00:00Z', updatedAt: '2026-11-29T09:00:00Z',
  history: [{ status: 'requested', by: 'sam', role: 'social-worker', at: '2026-11-29T09:00:00Z' }],
  allowedTransitions: ALLOWED.receiver.requested,
} as Referral;

function referralIn(status: ReferralStatus, side: Side): Referral {
  return { ...REFERRAL, status, allowedTransitions: ALLOWED[side][status] ?? [] };
}

describe('referralActions', () => {
  it('gives each end of the loop its own moves', () => {
    expect(referralActions(referralIn('requested', 'receiver')).map((a) => a.label)).toEqual(['Accept', 'Decline']);
    expect(referralActions(referralIn('requested', 'requester')).map((a) => a.label)).toEqual(['Withdraw', 'Entered in error']);
    expect(referralActions(referralIn('on-hold', 'receiver')).map((a) => a.label)).toEqual(['Resume', 'Complete', 'Could not be met']);
    expect(referralActions(referralIn('completed', 'receiver'))).toEqual([]);
    expect(referralActions(referralIn('accepted', 'receiver')).find((a) => a.to === 'completed')?.needsOutcome).toBe(true);
  });
});

describe('ReferralActions', () => {
  it('accepts at once', async () => {
    const { changes } = fakeGateway({ 'POST /api/referrals/r-1/status': { ...REFERRAL, status: 'accepted' } });
    const changed = vi.fn();
    renderPage(<ReferralActions referral={REFERRAL} onChanged={changed} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(changed).toHaveBeenCalledWith(expect.objectContaining({ status: 'accepted' })));
    expect(changes()[0].body).toEqual({ status: 'accepted' });
  });

  it('asks the reason before declining, and sends it', async () => {
    const { changes } = fakeGateway({ 'POST /api/referrals/r-1/status': { ...REFERRAL, status: 'rejected' } });
    const changed = vi.fn();
    renderPage(<ReferralActions referral={REFERRAL} onChanged={changed} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Decline' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Decline' })[1]);
    expect(screen.getByLabelText(/Reason/)).toHaveAccessibleDescription('Give the reason: the other side reads it.');
    expect(changes()).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/Reason/), 'Outside our service area');
    await userEvent.click(screen.getAllByRole('button', { name: 'Decline' })[1]);
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ status: 'rejected', reason: 'Outside our service area' });
  });

  it('says so when the other side moved first', async () => {
    fakeGateway({
      'POST /api/referrals/r-1/status': reply(409, { title: 'Transition not allowed', detail: 'The referral is cancelled: it can become entered-in-error and nothing else.' }),
    });
    const changed = vi.fn();
    renderPage(<ReferralActions referral={REFERRAL} onChanged={changed} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The referral is cancelled');
    expect(changed).not.toHaveBeenCalled();
  });

  it('offers the outcomes a decline accepts, optional, and sends the one chosen', async () => {
    const { changes } = fakeGateway({ 'POST /api/referrals/r-1/status': { ...REFERRAL, status: 'rejected' } });
    const changed = vi.fn();
    renderPage(<ReferralActions referral={REFERRAL} onChanged={changed} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const outcome = screen.getByLabelText(/Outcome/);
    expect(outcome).not.toBeRequired();
    expect([...(outcome as HTMLSelectElement).options].map((o) => o.value)).toEqual(
      ['', 'not-eligible', 'no-capacity', 'could-not-contact', 'no-longer-interested', 'referred-elsewhere']);
    await userEvent.selectOptions(outcome, 'no-capacity');
    await userEvent.type(screen.getByLabelText(/Reason/), 'No nurse free this week');
    await userEvent.click(screen.getAllByRole('button', { name: 'Decline' })[1]);

    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ status: 'rejected', reason: 'No nurse free this week', outcome: 'no-capacity' });
  });

  it('needs an outcome to complete, from all of them', async () => {
    const accepted = referralIn('accepted', 'receiver');
    const { changes } = fakeGateway({ 'POST /api/referrals/r-1/status': { ...accepted, status: 'completed' } });
    const changed = vi.fn();
    renderPage(<ReferralActions referral={accepted} onChanged={changed} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Complete' }));
    const outcome = screen.getByLabelText(/Outcome/);
    expect(outcome).toBeRequired();
    expect([...(outcome as HTMLSelectElement).options].map((o) => o.value)).toContain('got-help');
    await userEvent.click(screen.getAllByRole('button', { name: 'Complete' })[1]);
    expect(outcome).toHaveAccessibleDescription('Choose the outcome.');
    expect(changes()).toHaveLength(0);

    await userEvent.selectOptions(outcome, 'got-help');
    await userEvent.click(screen.getAllByRole('button', { name: 'Complete' })[1]);
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ status: 'completed', outcome: 'got-help' });
  });

  it('offers no outcome where the move takes none', async () => {
    const accepted = referralIn('accepted', 'receiver');
    fakeGateway({});
    renderPage(<ReferralActions referral={accepted} onChanged={vi.fn()} />, { me: HANA });
    await userEvent.click(screen.getByRole('button', { name: 'Put on hold' }));
    expect(screen.queryByLabelText(/Outcome/)).not.toBeInTheDocument();
  });
});
