import { describe, expect, it } from 'vitest';
import {
  applyChoice,
  decideReminder,
  freshReminderState,
  type ReminderState,
  sleepIsLate,
} from '@/utils/reminders/decide';
import { heldReminder } from '@/utils/reminders/enforce';
import { checkSetting, DEFAULT_SETTINGS, parseManaged, parseSettings, type Settings } from '@/utils/settings';
import { type QuietTime, quietTimeAt, quietTimesProblem } from '@/utils/settings/quiet-times';
import { input, MIN } from './input';

// #25 step 3: no-TikTok times, and a plainer wind-down later in the night. The tests run in Europe/Paris.
const HOMEWORK: QuietTime = { name: 'Homework', days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' };
const DINNER: QuietTime = { name: 'Dinner', days: [0, 1, 2, 3, 4, 5, 6], start: '19:30', end: '20:30' };
const settings: Settings = { ...DEFAULT_SETTINGS, quietTimes: [HOMEWORK, DINNER] };
const local = (text: string) => new Date(text).getTime();

/** What a tab watching TikTok at `now` shows, with the state it has. */
const due = (now: number, state: ReminderState = freshReminderState('2026-10-19'), rules = settings) =>
  decideReminder(input({ now, settings: rules, state, day: '2026-10-19' }));

describe('#25 no-TikTok times', () => {
  it('reminds at each time’s start on its own days, across a whole week that crosses the autumn DST change', () => {
    // Monday 19 to Sunday 25 October 2026; Sunday the 25th is the 25-hour day in Paris.
    const week = Array.from({ length: 7 }, (_, offset) => `2026-10-${19 + offset}`);
    const at = (time: string) => week.map((day) => due(local(`${day}T${time}:00`)));
    expect(at('17:00')).toEqual(['quiet', 'quiet', 'quiet', 'quiet', 'quiet', null, null]);
    expect(at('18:59')).toEqual(['quiet', 'quiet', 'quiet', 'quiet', 'quiet', null, null]);
    expect(at('19:00')).toEqual([null, null, null, null, null, null, null]);
    expect(at('19:30')).toEqual(Array(7).fill('quiet'));
    expect(at('20:30')).toEqual(Array(7).fill(null));
    expect(at('16:59')).toEqual(Array(7).fill(null));
  });

  it('names the time in force, from its own start, on a day the clocks change', () => {
    const sunday = local('2026-10-25T19:45:00');
    expect(quietTimeAt(sunday, settings)).toEqual({ time: DINNER, startsAt: local('2026-10-25T19:30:00') });
    expect(quietTimeAt(local('2026-03-29T19:31:00'), settings)?.startsAt).toBe(local('2026-03-29T19:30:00'));
  });

  it('lets the teen answer, comes back after 30 minutes, and lets go at its end', () => {
    const start = local('2026-10-19T17:00:00');
    const answered = applyChoice(freshReminderState('2026-10-19'), 'quiet', 'continue', start + MIN, null);
    expect(due(start + 10 * MIN, answered)).toBeNull();
    expect(due(start + 31 * MIN, answered)).toBe('quiet');
    // An answer given in homework time does not silence dinner, which starts later.
    const late = applyChoice(freshReminderState('2026-10-19'), 'quiet', 'continue', start + 115 * MIN, null);
    expect(due(local('2026-10-19T19:30:00'), late)).toBe('quiet');
    // A clock set back to before the answer: the time reminds again rather than never.
    expect(due(start + 5 * MIN, { ...answered, quietNudgedAt: start + 60 * MIN })).toBe('quiet');
  });

  it('gives way to the daily limit and to sleep hours, and waits while a safety pass runs off the feed', () => {
    const now = local('2026-10-19T17:10:00');
    const limited = { ...settings, dailyLimitMin: 60 };
    expect(decideReminder(input({ now, settings: limited, todayMs: 61 * MIN, day: '2026-10-19' }))).toBe('limit');
    const sleepy = { ...settings, sleep: { enabled: true, start: '17:05', end: '07:00' } };
    expect(due(now, undefined, sleepy)).toBe('sleep');
    const pass = { ...freshReminderState('2026-10-19'), safetyUntil: now + 5 * MIN };
    expect(due(now, pass)).toBeNull();
  });

  it('is held by the browser until answered, and not past its end', () => {
    const now = local('2026-10-19T17:10:00');
    const held = (at: number, answered: boolean) =>
      heldReminder('quiet', answered, {
        now: at,
        day: '2026-10-19',
        settings,
        todayMs: 0,
        state: freshReminderState('2026-10-19'),
      });
    expect(held(now, false)).toBe('quiet');
    expect(held(now, true)).toBeNull();
    expect(held(local('2026-10-19T19:05:00'), false)).toBeNull();
  });

  it.each([
    ['a time crossing midnight', [{ ...HOMEWORK, start: '23:00', end: '01:00' }], 0, 'quiet-midnight'],
    ['an end equal to the start', [{ ...HOMEWORK, end: '17:00' }], 0, 'quiet-midnight'],
    ['two times overlapping on a shared day', [HOMEWORK, { ...DINNER, start: '18:30' }], 1, 'quiet-overlap'],
    ['no day', [{ ...HOMEWORK, days: [] }], 0, 'quiet-days'],
    ['a day twice', [{ ...HOMEWORK, days: [1, 1] }], 0, 'quiet-days'],
    ['a day out of the week', [{ ...HOMEWORK, days: [7] }], 0, 'quiet-days'],
    ['a blank name', [{ ...HOMEWORK, name: '  ' }], 0, 'quiet-name'],
    ['a name too long', [{ ...HOMEWORK, name: 'x'.repeat(31) }], 0, 'quiet-name'],
    ['a hidden character', [{ ...HOMEWORK, name: 'Home\u0007work' }], 0, 'quiet-name'],
    ['a field more', [{ ...HOMEWORK, note: 'x' }], 0, 'quiet-name'],
    ['a time not a time', [{ ...HOMEWORK, start: '5pm' }], 0, 'time-format'],
    ['seven times', Array(7).fill(HOMEWORK), -1, 'quiet-count'],
    ['not a list', { 0: HOMEWORK }, -1, 'quiet-count'],
  ])('refuses %s, naming the time concerned', (_, value, index, error) => {
    expect(quietTimesProblem(value)).toEqual({ index, error });
    expect(checkSetting('quietTimes', value as never)).toBe(error);
  });

  it('keeps times that only touch, or overlap on days they do not share', () => {
    expect(quietTimesProblem([HOMEWORK, { ...DINNER, start: '19:00' }])).toBeNull();
    expect(quietTimesProblem([HOMEWORK, { ...HOMEWORK, name: 'Sport', days: [6, 0] }])).toBeNull();
  });

  it('reads them from storage and from a policy; a bad list is named, never half-kept', () => {
    expect(parseSettings({ quietTimes: [HOMEWORK] }).settings.quietTimes).toEqual([HOMEWORK]);
    expect(parseSettings({ quietTimes: [HOMEWORK, { ...HOMEWORK, name: 'Again' }] })).toMatchObject({
      settings: { quietTimes: [] },
      invalid: ['quietTimes'],
    });
    expect(parseManaged({ quietTimes: [DINNER] }).values).toEqual({ quietTimes: [DINNER] });
    expect(parseManaged({ quietTimes: [{ ...DINNER, end: '03:00' }] }).values).toEqual({});
  });
});

describe('#25 a plainer wind-down later in the night', () => {
  const sleep = { enabled: true, start: '22:00', end: '07:00' };
  it('stays gentle for the first of the night, and grows plainer an hour in once one was had', () => {
    expect(sleepIsLate(local('2026-10-19T22:30:00'), sleep, local('2026-10-19T22:00:00'))).toBe(false);
    expect(sleepIsLate(local('2026-10-19T23:00:00'), sleep, local('2026-10-19T22:30:00'))).toBe(true);
    // Past midnight, tonight began yesterday at 22:00.
    expect(sleepIsLate(local('2026-10-20T00:30:00'), sleep, local('2026-10-20T00:00:00'))).toBe(true);
    // The first reminder of the night at 1 am (nothing tonight yet): gentle.
    expect(sleepIsLate(local('2026-10-20T01:00:00'), sleep, local('2026-10-19T06:00:00'))).toBe(false);
    // Out of sleep hours, never.
    expect(sleepIsLate(local('2026-10-20T08:00:00'), sleep, local('2026-10-20T06:50:00'))).toBe(false);
  });

  it('counts the hour on the local clock through the night the clocks go back', () => {
    // 25 October 2026: 03:00 becomes 02:00 again in Paris.
    expect(sleepIsLate(local('2026-10-25T02:30:00+01:00'), sleep, local('2026-10-25T01:00:00+02:00'))).toBe(true);
  });
});
