import { describe as suite, expect, it } from 'vitest';
import type { TimelineEntry } from '../../api/types';
import { describe } from './TimelineSection';

const entry = (kind: string, detail: Record<string, unknown>) =>
  ({ id: 't-1', kind, occurredAt: '2026-12-03T10:00:00Z', actor: 'hana', text: null, detail }) as unknown as TimelineEntry;

suite('the timeline in plain words', () => {
  it('says from which end a message on a referral came, never what it says', () => {
    expect(describe(entry('REFERRAL_MESSAGE_POSTED', { side: 'receiver', link: '/referrals/r-1' })))
      .toBe('Message on a referral from the receiving organization');
    expect(describe(entry('REFERRAL_MESSAGE_POSTED', { side: 'requester', link: '/referrals/r-1' })))
      .toBe("Message on a referral from the social worker's side");
  });

  it('tells of a referral unanswered past its answer time', () => {
    expect(describe(entry('REFERRAL_ANSWER_OVERDUE', { priority: 'urgent', category: 'hospice' })))
      .toBe('Referral unanswered past its answer time (urgent, hospice)');
  });
});
