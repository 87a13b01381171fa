import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookBack, nightMinutesOf } from '@/utils/look-back';
import type { ReminderLogEntry } from '@/utils/reminders/log';
import { readAllDays } from '@/utils/storage';
import { shiftDay } from '@/utils/tracking/calendar';
import { type DayRecord, emptyDay, parseDayRecord } from '@/utils/tracking/day-record';
import { tabSession, testClock, testWorker } from './worker/harness';

// #25 step 6: the weekly look back. The tests run in Europe/Paris.
beforeEach(() => fakeBrowser.reset());

const MIN = 60_000;
const SLEEP = { start: '22:00', end: '07:00' };

/** A day with `byHour` minutes in the given clock hours, opened `opens` times, `longestMin` at most on end. */
function dayOf(byHour: Record<number, number>, opens: number, longestMin: number): DayRecord {
  const hours = emptyDay(60).hours.map((_, hour) => (byHour[hour] ?? 0) * MIN);
  const totalMs = hours.reduce((sum, ms) => sum + ms, 0);
  return { ...emptyDay(60), totalMs, engagedMs: totalMs, hours, opens, longestMs: longestMin * MIN };
}

describe('#25 the weekly look back', () => {
  it('reads the minutes of each clock hour within the sleep hours, across midnight and half hours', () => {
    expect(nightMinutesOf(22, SLEEP)).toBe(60);
    expect(nightMinutesOf(3, SLEEP)).toBe(60);
    expect(nightMinutesOf(7, SLEEP)).toBe(0);
    expect(nightMinutesOf(21, SLEEP)).toBe(0);
    expect(nightMinutesOf(22, { start: '22:30', end: '06:15' })).toBe(30);
    expect(nightMinutesOf(6, { start: '22:30', end: '06:15' })).toBe(15);
    expect(nightMinutesOf(12, { start: '12:00', end: '12:00' })).toBe(0);
  });

  it('adds up a seeded fortnight that crosses the autumn DST change: this week against the one before', () => {
    // Today is Wednesday 28 October 2026; this week is 22–28 October (Sunday the 25th has 25 hours).
    const today = '2026-10-28';
    const records: Record<string, DayRecord | null> = {};
    for (let back = 0; back < 14; back++) records[shiftDay(today, -back)] = dayOf({ 16: 30 }, 2, 20);
    records['2026-10-25'] = dayOf({ 16: 30, 23: 40, 2: 25 }, 3, 55);
    records['2026-10-20'] = dayOf({ 16: 60, 22: 30 }, 1, 60);
    records['2026-10-19'] = null; // unreadable: skipped, never a crash
    const at = (day: string, time: string) => new Date(`${day}T${time}:00`).getTime();
    const log: ReminderLogEntry[] = [
      { at: at('2026-10-28', '16:10'), kind: 'limit', choice: 'close' },
      { at: at('2026-10-25', '23:30'), kind: 'sleep', choice: 'continue' },
      { at: at('2026-10-25', '23:45'), kind: 'sleep', choice: null },
      { at: at('2026-10-24', '16:00'), kind: 'limit', choice: 'ask' },
      { at: at('2026-10-20', '16:00'), kind: 'break', choice: 'break' },
    ];
    const { thisWeek, lastWeek } = lookBack(records, log, { sleep: SLEEP, dayStartHour: 0 }, today);
    expect(thisWeek).toEqual({
      totalMs: (7 * 30 + 65) * MIN,
      nightMs: 65 * MIN,
      opens: 6 * 2 + 3,
      longestMs: 55 * MIN,
      reminders: 4,
      choices: { close: 1, break: 0, continue: 1, extra: 0, ask: 1, safety: 0 },
    });
    expect(lastWeek).toEqual({
      totalMs: (5 * 30 + 90) * MIN,
      nightMs: 30 * MIN,
      opens: 5 * 2 + 1,
      longestMs: 60 * MIN,
      reminders: 1,
      choices: { close: 0, break: 1, continue: 0, extra: 0, ask: 0, safety: 0 },
    });
  });

  it('counts an open for each stretch begun after 5 minutes away, and the longest stretch, as the worker records', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const watch = async (tab: ReturnType<typeof tabSession>, beats: number) => {
      for (let beat = 0; beat < beats; beat++) {
        clock.advance(15_000);
        await worker.send(tab.slice(15_000));
      }
    };
    await watch(tabSession(clock), 8); // 2 minutes
    clock.advance(3 * MIN); // not a break: the same stretch goes on
    await watch(tabSession(clock), 4);
    clock.advance(6 * MIN); // a break: TikTok opened again
    await watch(tabSession(clock), 20); // 5 minutes
    const record = parseDayRecord((await readAllDays())['2026-06-10']);
    expect(record?.opens).toBe(2);
    expect(record?.longestMs).toBeGreaterThanOrEqual(5 * MIN - 15_000);
    expect(record?.longestMs).toBeLessThanOrEqual(6 * MIN);
  });

  it('reads records written before the counters as none, and refuses nonsense in them', () => {
    const old = { ...emptyDay(60), totalMs: 0 };
    expect(parseDayRecord(old)).toEqual(old);
    expect(parseDayRecord({ ...old, opens: -1 })).toBeNull();
    expect(parseDayRecord({ ...old, opens: 1.5 })).toBeNull();
    expect(parseDayRecord({ ...old, longestMs: 'long' })).toBeNull();
  });
});
