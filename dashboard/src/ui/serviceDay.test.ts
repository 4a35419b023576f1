import { describe, expect, it } from 'vitest';
import { latestDay, serviceDayHint } from './serviceDay';

describe('the service day beside date inputs', () => {
  it('says nothing when the browser and the service agree on today', () => {
    expect(serviceDayHint({ date: '2026-12-03', zone: 'America/New_York' }, '2026-12-03')).toBeUndefined();
    expect(serviceDayHint(undefined, '2026-12-03')).toBeUndefined();
  });

  it('names the service’s today and zone when the browser’s calendar shows another day', () => {
    const hint = serviceDayHint({ date: '2026-12-03', zone: 'America/New_York' }, '2026-12-04');
    expect(hint).toContain('America/New_York');
    expect(hint).toMatch(/3/);
    expect(hint).toMatch(/your calendar shows/);
  });

  it('takes the service’s today as the latest date once it is known', () => {
    expect(latestDay({ date: '2026-12-03', zone: 'UTC' })).toBe('2026-12-03');
  });
});
