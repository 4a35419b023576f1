import type { DirectoryService } from '../api/types';

/** A service's capacity in words. */
export const CAPACITY_WORDS: Record<DirectoryService['capacity'], string> = {
  capacity: 'Taking referrals', waitlist: 'Waiting list', 'no-capacity': 'At capacity',
};

type Availability = Pick<DirectoryService, 'status' | 'capacity'>;

/**
 * Whether a referral may be sent to the service at all: an inactive or defunct service takes none; a temporarily
 * closed one takes them onto its waiting list.
 */
export function takesReferrals(s: Availability): boolean {
  return s.status === 'active' || s.status === 'temporarily closed';
}

/**
 * Whether a referral goes onto the service's waiting list (referral-service asks for `waitingListAccepted: true`):
 * the service is temporarily closed, at capacity, or keeps a waiting list.
 */
export function needsWaitingList(s: Availability): boolean {
  return s.status === 'temporarily closed' || s.capacity === 'no-capacity' || s.capacity === 'waitlist';
}

/** What a reader must know of a service before referring to it, as badges: its status first, then its capacity. */
export function availabilityBadges(s: Availability): { text: string; tone: string }[] {
  if (s.status === 'inactive') return [{ text: 'Not offered now', tone: 'neutral' }];
  if (s.status === 'defunct') return [{ text: 'No longer offered', tone: 'neutral' }];
  const badges: { text: string; tone: string }[] = [];
  if (s.status === 'temporarily closed') badges.push({ text: 'Temporarily closed', tone: 'warning' });
  if (s.capacity === 'no-capacity') badges.push({ text: 'At capacity', tone: 'warning' });
  if (s.capacity === 'waitlist') badges.push({ text: 'Waiting list', tone: 'info' });
  if (badges.length === 0) badges.push({ text: 'Taking referrals', tone: 'active' });
  return badges;
}
