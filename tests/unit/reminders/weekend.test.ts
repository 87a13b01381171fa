import { describe, expect, it } from 'vitest';
import { decideReminder, freshReminderState, limitWarningDue } from '@/utils/reminders/decide';
import { checkSetting, DEFAULT_SETTINGS, limitMinOn, parseManaged, parseSettings } from '@/utils/settings';
import { dayKeyOf, shiftDay } from '@/utils/tracking/calendar';
import { input, MIN } from './input';

// #25 step 2: a school-day limit and a weekend limit.
const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 60, weekendLimitMin: 120 };

describe('#25 a weekend limit', () => {
  it('holds on Saturday and Sunday only, across a whole week that crosses the autumn DST change', () => {
    // Paris: Sunday 2026-10-25 is the 25-hour day.
    const week = Array.from({ length: 7 }, (_, offset) => shiftDay('2026-10-20', offset));
    expect(week.map((day) => limitMinOn(settings, day))).toEqual([60, 60, 60, 60, 120, 120, 60]);
  });

  it('follows the family day: 1 am on Saturday, with a day start of 4, is still Friday', () => {
    const saturdayOneAm = new Date('2026-10-24T01:00:00').getTime();
    expect(limitMinOn(settings, dayKeyOf(saturdayOneAm, 4))).toBe(60);
    expect(limitMinOn(settings, dayKeyOf(saturdayOneAm, 0))).toBe(120);
  });

  it('brings the limit, and the note before it, at the day’s own limit', () => {
    const friday = (todayMs: number) =>
      input({ settings, day: '2026-10-23', todayMs, state: freshReminderState('2026-10-23') });
    const saturday = (todayMs: number) =>
      input({ settings, day: '2026-10-24', todayMs, state: freshReminderState('2026-10-24') });
    expect(decideReminder(friday(61 * MIN))).toBe('limit');
    expect(decideReminder(saturday(61 * MIN))).toBeNull();
    expect(limitWarningDue(saturday(116 * MIN))).toBe(true);
    expect(decideReminder(saturday(121 * MIN))).toBe('limit');
    // No weekend limit: the daily one every day; a weekend with none at all (0).
    expect(
      decideReminder(input({ settings: { ...settings, weekendLimitMin: null }, day: '2026-10-24', todayMs: 61 * MIN })),
    ).toBe('limit');
    expect(
      decideReminder(input({ settings: { ...settings, weekendLimitMin: 0 }, day: '2026-10-24', todayMs: 500 * MIN })),
    ).toBeNull();
  });

  it('is refused out of range beside its field, kept when valid, and set by policy', () => {
    expect(checkSetting('weekendLimitMin', null)).toBeNull();
    expect(checkSetting('weekendLimitMin', 90)).toBeNull();
    expect(checkSetting('weekendLimitMin', 10)).toBe('limit-range');
    expect(checkSetting('weekendLimitMin', 400)).toBe('limit-range');
    expect(parseSettings({ weekendLimitMin: 90 }).settings.weekendLimitMin).toBe(90);
    expect(parseSettings({ weekendLimitMin: 'lots' })).toMatchObject({ invalid: ['weekendLimitMin'] });
    expect(parseManaged({ weekendLimitMinutes: 45 }).values).toEqual({ weekendLimitMin: 45 });
    expect(parseManaged({ weekendLimitMinutes: 5 }).values).toEqual({});
  });
});
