import { api } from '../api/careloop';
import { today } from './format';

/** Referrals still waiting on the other end, or being worked on. */
export const OPEN_REFERRAL_STATUSES = ['requested', 'accepted', 'in-progress', 'on-hold'];

export interface Attention {
  overdueFollowUps: Map<string, number>;
  openReferrals: Map<string, number>;
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  items.forEach((item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1));
  return counts;
}

/** What needs the worker's attention, per case: follow-ups due by today, referrals still open. */
export async function loadAttention(): Promise<Attention> {
  const [due, referrals] = await Promise.all([
    api.dueFollowUps(today()),
    api.referrals({ status: OPEN_REFERRAL_STATUSES, size: 100 }),
  ]);
  return {
    overdueFollowUps: countBy(due, (d) => d.caseId),
    openReferrals: countBy(referrals.items, (r) => r.caseId),
  };
}
