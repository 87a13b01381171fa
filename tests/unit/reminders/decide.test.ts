import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyChoice,
  BREAK_MS,
  decideReminder,
  EXTRA_MS,
  freshReminderState,
  inSleepHours,
  SLEEP_REPEAT_MS,
} from '@/utils/reminders/decide';
import { appendToLog, choicesThisWeek, recordChoice } from '@/utils/reminders/log';
import { applyPolicy, DEFAULT_SETTINGS, parseManaged } from '@/utils/settings';
import { extendStretch } from '@/utils/tracking/ledger';
import { at, input, MIN } from './input';

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
});

describe('the break reminder', () => {
  const settings = { ...DEFAULT_SETTINGS, breakEveryMin: 30 };

  it('comes after the configured stretch of continuous viewing, not before', () => {
    const now = at('15:00');
    expect(decideReminder(input({ settings, now, stretch: { start: now - 29 * MIN, last: now } }))).toBeNull();
    expect(decideReminder(input({ settings, now, stretch: { start: now - 30 * MIN, last: now } }))).toBe('break');
  });

  it('a stretch survives short pauses, and only a break of 5 minutes or more starts a new one', () => {
    let stretch = extendStretch(null, 0, 15 * MIN);
    stretch = extendStretch(stretch, 19 * MIN, 25 * MIN); // 4 minutes away: same stretch
    expect(stretch).toEqual({ start: 0, last: 25 * MIN });
    stretch = extendStretch(stretch, 30 * MIN, 31 * MIN); // 5 minutes away: a new stretch
    expect(stretch).toEqual({ start: 30 * MIN, last: 31 * MIN });
  });

  it('"keep watching" waits another full stretch; taking the break hides TikTok for 5 minutes', () => {
    const now = at('15:00');
    const stretch = { start: now - 30 * MIN, last: now };
    const snoozed = applyChoice(freshReminderState('2026-06-10'), 'break', 'continue', now, stretch);
    expect(decideReminder(input({ settings, now, stretch, state: snoozed }))).toBeNull();
    const later = now + 30 * MIN;
    expect(
      decideReminder(input({ settings, now: later, stretch: { start: stretch.start, last: later }, state: snoozed })),
    ).toBe('break');
    const onBreak = applyChoice(freshReminderState('2026-06-10'), 'break', 'break', now, stretch);
    expect(onBreak.breakUntil).toBe(now + BREAK_MS);
    expect(decideReminder(input({ settings, now: now + 60_000, stretch, state: onBreak, viewing: false }))).toBe(
      'break-running',
    );
    expect(
      decideReminder(input({ settings, now: now + BREAK_MS, stretch, state: onBreak, viewing: false })),
    ).toBeNull();
  });

  it('is off when the setting is 0, and only interrupts someone who is viewing', () => {
    const now = at('15:00');
    const stretch = { start: now - 60 * MIN, last: now };
    expect(decideReminder(input({ now, stretch }))).toBeNull();
    expect(decideReminder(input({ settings, now, stretch, viewing: false }))).toBeNull();
  });
});

describe('the daily limit', () => {
  const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 60 };

  it('shows at the limit, in any tab, whether or not the teen is active', () => {
    expect(decideReminder(input({ settings, todayMs: 59 * MIN }))).toBeNull();
    expect(decideReminder(input({ settings, todayMs: 60 * MIN }))).toBe('limit');
    expect(decideReminder(input({ settings, todayMs: 60 * MIN, viewing: false }))).toBe('limit');
  });

  it('"5 more minutes" moves it once, then it comes back', () => {
    const extra = { ...freshReminderState('2026-06-10'), extraTaken: true, extraFromMs: 60 * MIN };
    expect(decideReminder(input({ settings, todayMs: 60 * MIN + EXTRA_MS - 1, state: extra }))).toBeNull();
    expect(decideReminder(input({ settings, todayMs: 60 * MIN + EXTRA_MS, state: extra }))).toBe('limit');
  });

  it('#27 "5 more minutes" run from the grant: a limit lowered below today’s total, or raised after, still gives them', () => {
    const late = { ...freshReminderState('2026-06-10'), extraTaken: true, extraFromMs: 90 * MIN };
    expect(decideReminder(input({ settings, todayMs: 90 * MIN + EXTRA_MS - 1, state: late }))).toBeNull();
    expect(decideReminder(input({ settings, todayMs: 90 * MIN + EXTRA_MS, state: late }))).toBe('limit');
    const raised = { ...settings, dailyLimitMin: 120 };
    expect(decideReminder(input({ settings: raised, todayMs: 100 * MIN, state: late }))).toBeNull();
  });

  it('takes precedence over sleep hours and breaks', () => {
    const all = { ...settings, breakEveryMin: 10, sleep: { enabled: true, start: '14:00', end: '16:00' } };
    const now = at('15:00');
    expect(
      decideReminder(input({ settings: all, now, todayMs: 61 * MIN, stretch: { start: now - 20 * MIN, last: now } })),
    ).toBe('limit');
  });
});

describe('sleep hours', () => {
  const sleep = { enabled: true, start: '22:00', end: '07:00' };

  it('cross midnight', () => {
    expect(inSleepHours(at('21:59'), sleep)).toBe(false);
    expect(inSleepHours(at('22:00'), sleep)).toBe(true);
    expect(inSleepHours(at('23:59'), sleep)).toBe(true);
    expect(inSleepHours(new Date('2026-06-11T00:30:00').getTime(), sleep)).toBe(true);
    expect(inSleepHours(new Date('2026-06-11T06:59:00').getTime(), sleep)).toBe(true);
    expect(inSleepHours(new Date('2026-06-11T07:00:00').getTime(), sleep)).toBe(false);
    expect(inSleepHours(at('13:00'), { enabled: true, start: '12:00', end: '14:00' })).toBe(true);
  });

  it('remind on first view and every 30 minutes after', () => {
    const settings = { ...DEFAULT_SETTINGS, sleep };
    const now = at('22:10');
    expect(decideReminder(input({ settings, now }))).toBe('sleep');
    const after = applyChoice(freshReminderState('2026-06-10'), 'sleep', 'continue', now, null);
    expect(decideReminder(input({ settings, now: now + SLEEP_REPEAT_MS - 1, state: after }))).toBeNull();
    expect(decideReminder(input({ settings, now: now + SLEEP_REPEAT_MS, state: after }))).toBe('sleep');
    expect(decideReminder(input({ settings: { ...settings, sleep: { ...sleep, enabled: false } }, now }))).toBeNull();
  });
});

describe('safety first, and policy', () => {
  it("follows policy values over the family's own", () => {
    const local = { ...DEFAULT_SETTINGS, dailyLimitMin: 0, breakEveryMin: 60 };
    const effective = applyPolicy(local, parseManaged({ dailyLimitMinutes: 30, breakReminderMinutes: 0 }));
    expect(decideReminder(input({ settings: effective, todayMs: 30 * MIN }))).toBe('limit');
    const now = at('15:00');
    expect(
      decideReminder(
        input({ settings: { ...effective, dailyLimitMin: 0 }, now, stretch: { start: now - 90 * MIN, last: now } }),
      ),
    ).toBeNull();
  });
});

describe('the record the teen can see', () => {
  it('logs each reminder and its choice, and sums up the week in one line', () => {
    const now = at('20:00');
    let log = appendToLog([], { at: now - 8 * 86_400_000, kind: 'limit', choice: 'close' }, now - 8 * 86_400_000);
    log = appendToLog(log, { at: now - 3_600_000, kind: 'break', choice: null }, now);
    log = recordChoice(log, 'break', 'break');
    log = appendToLog(log, { at: now, kind: 'limit', choice: null }, now);
    log = recordChoice(log, 'limit', 'extra');
    expect(log.slice(1)).toEqual([
      { at: now - 3_600_000, kind: 'break', choice: 'break' },
      { at: now, kind: 'limit', choice: 'extra' },
    ]);
    expect(choicesThisWeek(log, now, 'break')).toBe(1);
    // A break older than a week is in the log (14 days) but not in the week's line.
    expect(choicesThisWeek(recordChoice(log.slice(0, 1), 'limit', 'break'), now, 'break')).toBe(0);
  });
});
