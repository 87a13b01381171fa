import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPinRecord } from '@/utils/lock/pin';
import {
  applyChoice,
  BREAK_MS,
  decideReminder,
  EXTRA_MS,
  freshReminderState,
  inSleepHours,
  type ReminderInput,
  SAFETY_PASS_MS,
  SAFETY_PASSES_PER_DAY,
  SLEEP_REPEAT_MS,
} from '@/utils/reminders/decide';
import { appendToLog, recordChoice, summarizeWeek } from '@/utils/reminders/log';
import { applyPolicy, DEFAULT_SETTINGS, parseManaged } from '@/utils/settings';
import { loadReminderLog, loadReminderState } from '@/utils/storage';
import { localLock } from '@/utils/storage/write';
import { extendStretch } from '@/utils/tracking/ledger';
import { extensionPage, testClock, testWorker, tiktokTab } from './worker/harness';

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
});

const MIN = 60_000;
const at = (time: string) => new Date(`2026-06-10T${time}:00`).getTime();

function input(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    now: at('15:00'),
    settings: DEFAULT_SETTINGS,
    todayMs: 0,
    stretch: null,
    state: freshReminderState('2026-06-10'),
    viewing: true,
    day: '2026-06-10',
    ...overrides,
  };
}

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
    const extra = { ...freshReminderState('2026-06-10'), extraTaken: true };
    expect(decideReminder(input({ settings, todayMs: 60 * MIN + EXTRA_MS - 1, state: extra }))).toBeNull();
    expect(decideReminder(input({ settings, todayMs: 60 * MIN + EXTRA_MS, state: extra }))).toBe('limit');
  });

  it('takes precedence over sleep hours and breaks', () => {
    const all = { ...settings, breakEveryMin: 10, sleep: { enabled: true, start: '14:00', end: '16:00' } };
    const now = at('15:00');
    expect(
      decideReminder(input({ settings: all, now, todayMs: 61 * MIN, stretch: { start: now - 20 * MIN, last: now } })),
    ).toBe('limit');
  });

  it('grants 5 more minutes once a day through the worker; under a parent lock, only from the PIN window', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: true });
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(true);
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: false, error: 'already-taken' });

    fakeBrowser.reset();
    await localLock.set({ v: 1, pin: await createPinRecord('4321', 100_000), failures: 0, waitUntil: 0 });
    // The tab never carries a PIN: it gets the PIN window opened, and no time.
    expect(await worker.send({ type: 'scrollwise/extra-time', secret: '4321' })).toEqual({
      ok: false,
      error: 'pin-window',
    });
    expect(worker.pinWindows).toBe(1);
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(false);
    // A TikTok tab cannot use the window's request either.
    expect(await worker.send({ type: 'scrollwise/grant-extra', secret: '4321' })).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send({ type: 'scrollwise/grant-extra', secret: '0000' }, extensionPage)).toMatchObject({
      ok: false,
      error: 'wrong-pin',
    });
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(false);
    expect(await worker.send({ type: 'scrollwise/grant-extra', secret: '4321' }, extensionPage)).toEqual({ ok: true });
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(true);
  });

  it('loses no update when several tabs write at once: every write goes through the worker, one at a time', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tabA = tiktokTab({}, { id: 1, active: true, windowId: 1 });
    const tabB = tiktokTab({}, { id: 2, active: true, windowId: 2 });
    await Promise.all([
      worker.send({ type: 'scrollwise/reminder-shown', kind: 'break' }, tabA),
      worker.send({ type: 'scrollwise/reminder-shown', kind: 'sleep' }, tabB),
      worker.send({ type: 'scrollwise/dismiss-tip', view: 'comments' }, tabA),
      worker.send({ type: 'scrollwise/dismiss-tip', view: 'report' }, tabB),
      worker.send({ type: 'scrollwise/view-seen', view: 'comments' }, tabA),
      worker.send({ type: 'scrollwise/view-seen', view: 'report' }, tabB),
      worker.send({ type: 'scrollwise/tip-whole', view: 'comments', day: '2026-06-10' }, tabA),
      worker.send({ type: 'scrollwise/tip-whole', view: 'messages', day: '2026-06-10' }, tabB),
    ]);
    await Promise.all([
      worker.send({ type: 'scrollwise/reminder-choice', kind: 'break', choice: 'break' }, tabA),
      worker.send({ type: 'scrollwise/reminder-choice', kind: 'sleep', choice: 'continue' }, tabB),
    ]);
    const log = await loadReminderLog(clock.now());
    expect(log.map((entry) => `${entry.kind}:${entry.choice}`).sort()).toEqual(['break:break', 'sleep:continue']);
    const state = await loadReminderState('2026-06-10', clock.now());
    expect(state.breakUntil).toBeGreaterThan(0);
    expect(state.lastSleepNudgeAt).toBeGreaterThan(0);
    const stored = await fakeBrowser.storage.local.get(['dismissedTips', 'viewLastSeen']);
    expect([...(stored.dismissedTips as string[])].sort()).toEqual(['comments', 'report']);
    expect(Object.keys(stored.viewLastSeen as object).sort()).toEqual(['comments', 'report']);
    expect((await fakeBrowser.storage.local.get('tipShowings')).tipShowings).toEqual({
      comments: { lastDay: '2026-06-10', count: 1 },
      messages: { lastDay: '2026-06-10', count: 1 },
    });
  });

  it('records a whole tip only for a known view on a day near its own, and names the family’s helpline', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const tab = tiktokTab({}, { id: 1, active: true, windowId: 1 });
    for (const day of ['2026-06-12', 'yesterday', '2026-02-30'])
      expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'comments', day }, tab)).toEqual({
        ok: false,
        error: 'refused',
      });
    expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'nope', day: '2026-06-10' }, tab)).toMatchObject({
      ok: false,
    });
    expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'comments', day: '2026-06-09' }, tab)).toEqual({
      ok: true,
    });
    // The test worker's computer is in Paris with a French browser.
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'auto' }, tab)).toMatchObject({
      ok: true,
      helpline: { name: '3018' },
    });
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'BE' }, tab)).toMatchObject({
      helpline: { name: '103 Écoute-Enfants' },
    });
    // Anything but a country code is "auto": the computer's own.
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'XX' }, tab)).toMatchObject({
      helpline: { name: '3018' },
    });
    expect(
      await worker.send({ type: 'scrollwise/helpline', country: 'auto' }, tiktokTab({ url: 'https://example.com/' })),
    ).toEqual({
      ok: false,
      error: 'refused',
    });
  });

  it('closes only the tab that asked, and only for a TikTok tab', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(
      await worker.send({ type: 'scrollwise/close-tab' }, tiktokTab({}, { id: 42, active: true, windowId: 1 })),
    ).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/close-tab' }, tiktokTab({ url: 'https://example.com/' }))).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(worker.closedTabs).toEqual([42]);
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
  it('holds every reminder while a safety pass runs, three passes a day, each logged', async () => {
    const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 15, breakEveryMin: 10 };
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    for (let pass = 0; pass < SAFETY_PASSES_PER_DAY; pass++) {
      expect(await worker.send({ type: 'scrollwise/safety-pass' })).toEqual({ ok: true });
      const state = await loadReminderState('2026-06-10', clock.now());
      expect(decideReminder(input({ settings, now: clock.now(), todayMs: 90 * MIN, state }))).toBeNull();
      clock.advance(SAFETY_PASS_MS - 1);
      expect(decideReminder(input({ settings, now: clock.now(), todayMs: 90 * MIN, state }))).toBeNull();
      clock.advance(1);
      expect(decideReminder(input({ settings, now: clock.now(), todayMs: 90 * MIN, state }))).toBe('limit');
    }
    expect(await worker.send({ type: 'scrollwise/safety-pass' })).toEqual({ ok: false, error: 'no-passes' });
    const log = await loadReminderLog(clock.now());
    expect(log.filter((entry) => entry.choice === 'safety')).toHaveLength(SAFETY_PASSES_PER_DAY);
  });

  it('keeps a limit reached today when the time zone moves, and starts fresh on the next real day', async () => {
    const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 60 };
    const clock = testClock('2026-06-10T22:00:00');
    const worker = testWorker(clock);
    await worker.send({ type: 'scrollwise/reminder-shown', kind: 'limit' });
    // The computer moves 3 hours east: it is now "tomorrow", with nothing counted yet.
    clock.advance(30 * MIN);
    const moved = await loadReminderState('2026-06-11', clock.now());
    expect(decideReminder(input({ settings, now: clock.now(), day: '2026-06-11', todayMs: 0, state: moved }))).toBe(
      'limit',
    );
    // The day it was reached on really ends: the next day starts fresh.
    clock.set('2026-06-11T00:00:00');
    const next = await loadReminderState('2026-06-11', clock.now());
    expect(
      decideReminder(input({ settings, now: clock.now(), day: '2026-06-11', todayMs: 0, state: next })),
    ).toBeNull();
  });

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
    const week = summarizeWeek(log, now);
    expect(week.shown).toEqual({ break: 1, limit: 1, sleep: 0 });
    expect(week.breaks).toBe(1);
    expect(week.extra).toBe(1);
    expect(week.closed).toBe(0);
  });
});
