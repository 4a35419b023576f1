import type { Referral } from '../api/types';

export interface ReferralMetrics {
  sent: number;
  closed: number;
  /** Share of the sent referrals that reached an end (completed, could not be met, declined, withdrawn). */
  closureRate: number;
  /** Share of the closed ones that ended with the family getting help. */
  gotHelpRate: number;
  accepted: number;
  medianHoursToAcceptance?: number;
  slowestHoursToAcceptance?: number;
}

const CLOSED = ['completed', 'failed', 'rejected', 'cancelled'];

function median(sorted: number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Closing the loop: how many referrals ended, how many helped, how long the services took to accept. */
export function referralMetrics(referrals: Referral[]): ReferralMetrics {
  const sent = referrals.filter((r) => r.status !== 'draft' && r.status !== 'entered-in-error');
  const closed = sent.filter((r) => CLOSED.includes(r.status));
  const hours = sent.flatMap((r) => {
    const acceptance = r.history.find((h) => h.status === 'accepted');
    const requested = r.history.find((h) => h.status === 'requested')?.at ?? r.createdAt;
    return acceptance ? [(Date.parse(acceptance.at) - Date.parse(requested)) / 3_600_000] : [];
  }).sort((a, b) => a - b);
  return {
    sent: sent.length,
    closed: closed.length,
    closureRate: sent.length ? closed.length / sent.length : 0,
    gotHelpRate: closed.length ? closed.filter((r) => r.outcome === 'got-help').length / closed.length : 0,
    accepted: hours.length,
    medianHoursToAcceptance: median(hours),
    slowestHoursToAcceptance: hours.length ? hours[hours.length - 1] : undefined,
  };
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function duration(hours?: number): string {
  if (hours === undefined) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round(hours / 24)} days`;
}
