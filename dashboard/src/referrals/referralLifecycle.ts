export type Side = 'receiver' | 'requester';

export interface ReferralAction {
  to: string;
  label: string;
  needsReason: boolean;
  needsOutcome: boolean;
}

const NEXT: Record<string, string[]> = {
  draft: ['requested', 'cancelled', 'entered-in-error'],
  requested: ['accepted', 'rejected', 'cancelled', 'entered-in-error'],
  accepted: ['in-progress', 'on-hold', 'completed', 'failed', 'cancelled', 'entered-in-error'],
  'in-progress': ['on-hold', 'completed', 'failed', 'cancelled', 'entered-in-error'],
  'on-hold': ['in-progress', 'completed', 'failed', 'cancelled', 'entered-in-error'],
  rejected: ['entered-in-error'],
  cancelled: ['entered-in-error'],
  failed: ['entered-in-error'],
  completed: ['entered-in-error'],
  'entered-in-error': [],
};

const REQUESTER_STATUSES = ['requested', 'cancelled', 'entered-in-error'];

const LABELS: Record<string, string> = {
  accepted: 'Accept', rejected: 'Decline', 'in-progress': 'Start work', 'on-hold': 'Put on hold',
  completed: 'Complete', failed: 'Could not be met', requested: 'Send', cancelled: 'Withdraw',
  'entered-in-error': 'Entered in error',
};

export const OUTCOMES = ['got-help', 'not-eligible', 'no-capacity', 'couldnt-contact', 'no-longer-interested', 'referred-elsewhere'];

/** What each end of the loop may do next (referral-service enforces the same lifecycle and sides). */
export function referralActions(status: string, side: Side): ReferralAction[] {
  return (NEXT[status] ?? [])
    .filter((to) => REQUESTER_STATUSES.includes(to) === (side === 'requester'))
    .map((to) => ({
      to,
      label: status === 'on-hold' && to === 'in-progress' ? 'Resume' : LABELS[to] ?? to,
      needsReason: ['rejected', 'cancelled', 'on-hold', 'failed'].includes(to),
      needsOutcome: to === 'completed',
    }));
}
