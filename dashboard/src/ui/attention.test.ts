import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGateway, type Call } from '../test/harness';
import { attentionLimit, loadAttention } from './attention';

/** The open referrals of one big caseload, served a page at a time as referral-service does. */
function referralPages(total: number) {
  return (call: Call) => {
    const params = new URL(call.path, 'http://gateway').searchParams;
    const size = Number(params.get('size') ?? 20);
    const page = Number(params.get('page') ?? 0);
    const count = Math.max(0, Math.min(size, total - page * size));
    const items = Array.from({ length: count }, (_, i) => ({ id: `r-${page * size + i}`, caseId: i % 2 ? 'c-1' : 'c-2' }));
    return { body: { items, page, size, total } };
  };
}

/** What the capped list of due follow-ups answered: its first 500 only. */
const DUE_CAPPED = Array.from({ length: 500 }, (_, i) => ({ id: `f-${i}`, caseId: 'c-1' }));

describe('the caseload attention (B15: nothing capped without saying so)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts every open referral and every due follow-up of a large caseload', async () => {
    fakeGateway({
      'GET /api/referrals': referralPages(250),
      'GET /api/follow-ups/due': DUE_CAPPED,
      'GET /api/follow-ups/due/per-case': [{ caseId: 'c-1', due: 560 }, { caseId: 'c-2', due: 40 }],
    });

    const attention = await loadAttention();

    expect(attention.openReferrals.get('c-1')).toBe(125);
    expect(attention.openReferrals.get('c-2')).toBe(125);
    expect(attention.overdueFollowUps.get('c-1')).toBe(560);
    expect(attention.overdueFollowUps.get('c-2')).toBe(40);
    expect(attentionLimit(attention)).toBeUndefined();
  });

  it('says so where it counts fewer referrals than there are', async () => {
    const { calls } = fakeGateway({
      'GET /api/referrals': referralPages(2345),
      'GET /api/follow-ups/due/per-case': [],
    });

    const attention = await loadAttention();

    const counted = [...attention.openReferrals.values()].reduce((a, b) => a + b, 0);
    expect(counted).toBe(2000);
    expect(attention.referralsCounted).toEqual({ counted: 2000, total: 2345 });
    expect(attentionLimit(attention)).toMatch(/2,?000 of the 2,?345 open referrals/);
    expect(calls.filter((c) => c.path.startsWith('/api/referrals'))).toHaveLength(20);
  });
});
