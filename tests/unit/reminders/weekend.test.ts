import { describe, expect, it } from 'vitest';
import { decideReminder, freshReminderState, limitWarningDue } from '@/utils/reminders/decide';
import { checkSetting, DEFAULT_SETTINGS, limitMinOn, parseManaged, parseSettings } from '@/utils/settings';
import { quietTimeAt } from '@/utils/settings/quiet-times';
import { upcomingDaysOff } from '@/utils/settings/week';
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

// #25 step 4: a limit for each day, and days off a parent grants.
describe('#25 a limit for each day, and days off', () => {
  const week = Array.from({ length: 7 }, (_, offset) => shiftDay('2026-10-19', offset)); // Monday 19 → Sunday 25
  const ownDays = { ...settings, dayLimitsMin: [0, null, null, null, null, 90, 150] }; // Sunday, Friday, Saturday

  it('gives each day its own limit where set, and the school-day or weekend one elsewhere, across the DST week', () => {
    expect(week.map((day) => limitMinOn(ownDays, day))).toEqual([60, 60, 60, 60, 90, 150, 0]);
    expect(
      decideReminder(
        input({ settings: ownDays, day: '2026-10-25', todayMs: 500 * MIN, state: freshReminderState('2026-10-25') }),
      ),
    ).toBeNull();
    expect(
      decideReminder(
        input({ settings: ownDays, day: '2026-10-23', todayMs: 91 * MIN, state: freshReminderState('2026-10-23') }),
      ),
    ).toBe('limit');
  });

  it('holds Saturday’s rules on a day off: its limit, and its no-TikTok times rather than the school day’s', () => {
    const holiday = { ...ownDays, daysOff: ['2026-10-21'] };
    expect(week.map((day) => limitMinOn(holiday, day))).toEqual([60, 60, 150, 60, 90, 150, 0]);
    const homework = { name: 'Homework', days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' };
    const lie = { name: 'Lie-in', days: [6], start: '08:00', end: '11:00' };
    const rules = { ...holiday, quietTimes: [homework, lie] };
    const wednesday = (time: string) => new Date(`2026-10-21T${time}:00`).getTime();
    expect(quietTimeAt(wednesday('17:30'), rules)).toBeNull();
    expect(quietTimeAt(wednesday('09:00'), rules)?.time).toEqual(lie);
    expect(quietTimeAt(wednesday('09:00'), { ...rules, daysOff: [] })).toBeNull();
  });

  it('refuses a day’s limit out of range and a list of days off that is not one, and reads both from a policy', () => {
    expect(checkSetting('dayLimitsMin', [null, 30, null, null, null, null, null])).toBeNull();
    expect(checkSetting('dayLimitsMin', [null, 10, null, null, null, null, null])).toBe('limit-range');
    expect(checkSetting('dayLimitsMin', [null, null])).toBe('limit-range');
    expect(checkSetting('daysOff', ['2026-12-24'])).toBeNull();
    expect(checkSetting('daysOff', ['2026-02-30'])).toBe('days-off');
    expect(checkSetting('daysOff', ['2026-12-24', '2026-12-24'])).toBe('days-off');
    expect(
      checkSetting(
        'daysOff',
        Array.from({ length: 91 }, (_, at) => shiftDay('2026-12-01', at)),
      ),
    ).toBe('days-off');
    expect(parseSettings({ daysOff: 'tomorrow' })).toMatchObject({ settings: { daysOff: [] }, invalid: ['daysOff'] });
    expect(parseManaged({ dayLimitMinutes: { friday: 90, sunday: 0 }, daysOff: ['2026-12-24'] }).values).toEqual({
      dayLimitsMin: [0, null, null, null, null, 90, null],
      daysOff: ['2026-12-24'],
    });
    expect(parseManaged({ dayLimitMinutes: { friday: 9 } }).values).toEqual({});
  });

  it('lists the days off from today on, in order', () => {
    expect(upcomingDaysOff(['2026-12-31', '2026-11-11', '2026-12-05', '2026-12-24'], '2026-12-05')).toEqual([
      '2026-12-05',
      '2026-12-24',
      '2026-12-31',
    ]);
  });
});
