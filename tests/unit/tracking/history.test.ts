import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissedTips, loadSettings } from '@/utils/storage';
import { dayKeyOf, shiftDay, splitByHour } from '@/utils/tracking/calendar';
import { expiredDays } from '@/utils/tracking/retention';
import { day, dayTotals, tabSession, testClock, testWorker } from '../worker/harness';

describe('history', () => {
  it('#45 keeps 400 days and prunes older ones, never today', () => {
    const today = '2026-06-10';
    const stored = Array.from({ length: 410 }, (_, index) => shiftDay(today, -index));
    const expired = expiredDays([...stored, 'settings', 'not-a-day'], today);
    expect(expired).toHaveLength(10);
    expect(expired).not.toContain(today);
    expect(expired).toContain(shiftDay(today, -400));
    expect(expired).not.toContain(shiftDay(today, -399));
  });

  it('prunes days later than any real today (a wrong clock), keeping tomorrow for time zones', () => {
    const today = '2026-06-10';
    expect(expiredDays(['2026-06-11', '2026-06-12', '9999-12-31'], today)).toEqual(['2026-06-12', '9999-12-31']);
  });

  it('uses local dates, never UTC: 00:30 in Paris is already the next day', () => {
    expect(dayKeyOf(new Date('2026-06-10T22:30:00Z').getTime())).toBe('2026-06-11');
  });

  it('can start the day later for night owls (4 am)', () => {
    expect(dayKeyOf(new Date('2026-06-11T03:59:00+02:00').getTime(), 4)).toBe('2026-06-10');
    expect(dayKeyOf(new Date('2026-06-11T04:00:00+02:00').getTime(), 4)).toBe('2026-06-11');
    const pieces = splitByHour(
      new Date('2026-06-11T03:59:30+02:00').getTime(),
      new Date('2026-06-11T04:00:30+02:00').getTime(),
      4,
    );
    expect(pieces.map((piece) => [piece.day, piece.hour, piece.ms])).toEqual([
      ['2026-06-10', 3, 30_000],
      ['2026-06-11', 4, 30_000],
    ]);
  });

  it('steps over DST days by calendar, not by 24 hours', () => {
    expect(shiftDay('2026-03-30', -1)).toBe('2026-03-29');
    expect(shiftDay('2026-10-25', 1)).toBe('2026-10-26');
  });
});

describe('#5 an update keeps the data of the first schema', () => {
  it('reads a browser profile written by the first release, every value kept', async () => {
    // Storage exactly as Scrollwise 0.1.0 wrote it.
    await fakeBrowser.storage.local.set({
      settings: {
        tips: { comments: false, reporting: true, privacy: true, screenTime: true },
        language: 'fr',
        helplineCountry: 'BE',
      },
      settings$: { v: 1 },
      dismissedTips: ['report'],
      dismissedTips$: { v: 1 },
      'day:2026-06-09': day(60_000),
      ledger: { v: 1, spans: [], sessions: {} },
    });
    const { settings, invalid } = await loadSettings();
    expect(invalid).toEqual([]);
    expect(settings).toMatchObject({ tips: { comments: false }, language: 'fr', helplineCountry: 'BE' });
    expect(await dismissedTips.get()).toEqual(['report']);
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    clock.advance(15_000);
    await worker.send(tabSession(clock).slice(15_000));
    expect(await dayTotals()).toEqual({ '2026-06-09': 60, '2026-06-10': 15 });
  });
});
