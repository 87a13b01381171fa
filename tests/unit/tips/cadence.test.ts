import { describe, expect, it } from 'vitest';
import { afterWholeTip, parseTipShowings, SPACING_DAYS, tipMode } from '@/utils/tips/cadence';
import { shiftDay } from '@/utils/tracking/calendar';

/** The days on which a teen who opens the view every day sees the whole tip, over `days` days from `start`. */
function wholeDays(start: string, days: number): number[] {
  let showings: ReturnType<typeof afterWholeTip> | undefined;
  const seen: number[] = [];
  for (let day = 0; day < days; day += 1) {
    const today = shiftDay(start, day);
    if (tipMode('spaced', showings, today) === 'whole') {
      seen.push(day);
      showings = afterWholeTip(showings, today);
    }
  }
  return seen;
}

describe('the tips’ cadence', () => {
  it('spaces a frequent view’s whole tip after 1, 3 and 7 days, then weekly', () => {
    expect(SPACING_DAYS).toEqual([1, 3, 7]);
    expect(wholeDays('2026-11-30', 30)).toEqual([0, 1, 4, 11, 18, 25]);
  });

  it('counts calendar days, across month ends and clock changes', () => {
    // 29 March 2026: Europe's clocks go forward; 31 December to 1 January.
    expect(wholeDays('2026-03-28', 5)).toEqual([0, 1, 4]);
    expect(tipMode('spaced', { lastDay: '2026-12-31', count: 1 }, '2027-01-01')).toBe('whole');
    expect(tipMode('spaced', { lastDay: '2026-12-31', count: 2 }, '2027-01-02')).toBe('chip');
  });

  it('opens a rare view’s tip whole every time', () => {
    expect(tipMode('always', { lastDay: '2026-11-30', count: 9 }, '2026-11-30')).toBe('whole');
  });

  it('counts two whole tips on one day (two tabs) as one', () => {
    const once = afterWholeTip(undefined, '2026-11-30');
    expect(afterWholeTip(once, '2026-11-30')).toEqual({ lastDay: '2026-11-30', count: 1 });
    expect(afterWholeTip(once, '2026-12-01')).toEqual({ lastDay: '2026-12-01', count: 2 });
  });

  it('forgets what it cannot read, so that tip opens whole once more', () => {
    expect(parseTipShowings('garbage')).toEqual({});
    expect(
      parseTipShowings({
        comments: { lastDay: '2026-11-30', count: 2 },
        messages: { lastDay: 'yesterday', count: 1 },
        'privacy-settings': { lastDay: '2026-11-30', count: 0 },
        'screen-time-settings': null,
      }),
    ).toEqual({ comments: { lastDay: '2026-11-30', count: 2 } });
  });
});
