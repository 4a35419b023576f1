import type { Referral, ReferralOutcome, ReferralStatus } from '../api/types';
import { words } from '../ui/format';

/**
 * A move this end of the loop may make now. Which moves are open to this side, and what each needs, comes from
 * referral-service (`allowedTransitions` on the referral); the dashboard only words them.
 */
export interface ReferralAction {
  to: ReferralStatus;
  label: string;
  needsReason: boolean;
  needsOutcome: boolean;
  /** The outcome codes this move accepts (none: it takes no outcome). */
  outcomes: ReferralOutcome[];
}

const LABELS: Partial<Record<ReferralStatus, string>> = {
  accepted: 'Accept', rejected: 'Decline', 'in-progress': 'Start work', 'on-hold': 'Put on hold',
  completed: 'Complete', failed: 'Could not be met', requested: 'Send', cancelled: 'Withdraw',
  'entered-in-error': 'Entered in error',
};

/** The moves referral-service allows this side now, in its order, with the dashboard's words for them. */
export function referralActions(referral: Pick<Referral, 'status' | 'allowedTransitions'>): ReferralAction[] {
  return referral.allowedTransitions.map((t) => ({
    to: t.status,
    label: referral.status === 'on-hold' && t.status === 'in-progress' ? 'Resume' : LABELS[t.status] ?? words(t.status),
    needsReason: t.requires.includes('reason'),
    needsOutcome: t.requires.includes('outcome'),
    outcomes: t.outcomes ?? [],
  }));
}
