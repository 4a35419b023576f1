import { api } from '../api/careloop';
import { today } from './format';

/** Referrals still waiting on the other end, or being worked on. */
export const OPEN_REFERRAL_STATUSES = ['requested', 'accepted', 'in-progress', 'on-hold'];

/** Open referrals are read a page of 100 at a time, at most this many pages; beyond, the dashboard says so. */
const REFERRAL_PAGE = 100;
const MAX_REFERRAL_PAGES = 20;

export interface Attention {
  overdueFollowUps: Map<string, number>;
  openReferrals: Map<string, number>;
  /** Set when fewer open referrals were counted than there are (the newest ones are counted). */
  referralsCounted?: { counted: number; total: number };
}

/**
 * What needs the worker's attention, per case: follow-ups due by today (counted per case by the service, every
 * one of them), referrals still open (every page of them, up to 2,000; past that the attention says how many it
 * counted of how many).
 */
export async function loadAttention(): Promise<Attention> {
  const [due, referrals] = await Promise.all([api.dueFollowUpsPerCase(today()), openReferrals()]);
  const openReferralCounts = new Map<string, number>();
  referrals.items.forEach((r) => openReferralCounts.set(r.caseId, (openReferralCounts.get(r.caseId) ?? 0) + 1));
  return {
    overdueFollowUps: new Map(due.map((d) => [d.caseId, d.due])),
    openReferrals: openReferralCounts,
    referralsCounted: referrals.items.length < referrals.total
      ? { counted: referrals.items.length, total: referrals.total }
      : undefined,
  };
}

/** Every open referral in the person's scope, a page at a time (pages read together), each referral once. */
async function openReferrals(): Promise<{ items: { id: string; caseId: string }[]; total: number }> {
  const page = (n: number) => api.referrals({ status: OPEN_REFERRAL_STATUSES, page: n, size: REFERRAL_PAGE });
  const first = await page(0);
  const pages = Math.min(Math.ceil(first.total / REFERRAL_PAGE), MAX_REFERRAL_PAGES);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 1)));
  const byId = new Map<string, { id: string; caseId: string }>();
  [first, ...rest].forEach((p) => p.items.forEach((r) => byId.set(r.id, r)));
  // a referral opened while the pages were read moves the others down a place: the total is then the newer one
  const total = Math.max(first.total, ...rest.map((p) => p.total), byId.size);
  return { items: [...byId.values()], total };
}

/** What the badges leave out, in words, or undefined when they count everything. */
export function attentionLimit(attention: Attention | undefined): string | undefined {
  const limit = attention?.referralsCounted;
  if (!limit) {
    return undefined;
  }
  return `The badges count the newest ${limit.counted.toLocaleString('en-US')} of the `
    + `${limit.total.toLocaleString('en-US')} open referrals: older open referrals are not counted here.`;
}
