import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decideReminder, SAFETY_PASS_MS, SAFETY_PASSES_PER_DAY } from '@/utils/reminders/decide';
import { pruneReminderLog } from '@/utils/reminders/requests';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadReminderLog, loadReminderState } from '@/utils/storage';
import { day, extensionPage, lockWith, testClock, testWorker, tiktokTab } from '../worker/harness';
import { input, MIN } from './input';

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
});

describe("the reminders' requests", () => {
  it('keeps the reminders log to 14 days, pruned by the hourly upkeep', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const old = { at: clock.now() - 15 * 86_400_000, kind: 'limit', choice: 'close' };
    const recent = { at: clock.now() - 86_400_000, kind: 'break', choice: 'continue' };
    await fakeBrowser.storage.local.set({ nudgeLog: [old, recent] });
    expect(await loadReminderLog(clock.now())).toEqual([recent]);
    const worker = testWorker(clock);
    await pruneReminderLog(worker.context);
    expect((await fakeBrowser.storage.local.get('nudgeLog')).nudgeLog).toEqual([recent]);
  });
});

describe("the reminders' requests, through the worker", () => {
  it('grants 5 more minutes once a day through the worker; under a parent lock, only from the PIN window', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    // #27: before the limit, five more minutes would change nothing: said, and kept for later.
    const limit = { settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 60 } };
    await fakeBrowser.storage.local.set({ ...limit, 'day:2026-06-10': day(30 * MIN) });
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: false, error: 'not-needed' });
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(false);
    await fakeBrowser.storage.local.set({ 'day:2026-06-10': day(61 * MIN) });
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: true });
    expect((await loadReminderState('2026-06-10', clock.now())).extraTaken).toBe(true);
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: false, error: 'already-taken' });

    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ ...limit, 'day:2026-06-10': day(61 * MIN) });
    await lockWith('4321');
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

  it('#27 lifts the limit with a safety pass on a video’s page, never on the feed: the browser’s address decides', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await fakeBrowser.storage.local.set({
      'day:2026-06-10': day(70 * MIN),
      settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 60 },
    });
    expect(await worker.send({ type: 'scrollwise/safety-pass' })).toEqual({ ok: true });
    const due = (url: string) => worker.send({ type: 'scrollwise/reminder-due', viewing: true }, tiktokTab({ url }));
    expect(await due('https://www.tiktok.com/foryou')).toEqual({ ok: true, due: 'limit' });
    expect(await due('https://www.tiktok.com/')).toEqual({ ok: true, due: 'limit' });
    expect(await due('https://www.tiktok.com/@creator/video/7390000000000000001')).toEqual({
      ok: true,
      due: 'safety-running',
    });
    expect(await due('https://www.tiktok.com/messages')).toEqual({ ok: true, due: 'safety-running' });
  });

  it('#25 marks the note before the limit shown once, for every tab', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    expect(await worker.send({ type: 'scrollwise/limit-warned' })).toEqual({ ok: true });
    const first = (await loadReminderState('2026-06-10', clock.now())).limitWarnedAt;
    expect(first).toBe(clock.now());
    clock.advance(60_000);
    await worker.send({ type: 'scrollwise/limit-warned' });
    expect((await loadReminderState('2026-06-10', clock.now())).limitWarnedAt).toBe(first);
  });

  it('#27 gives five minutes from the grant when a parent lowered the limit below today’s total', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await fakeBrowser.storage.local.set({
      'day:2026-06-10': day(70 * MIN),
      settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 30 },
    });
    expect(await worker.send({ type: 'scrollwise/extra-time' })).toEqual({ ok: true });
    const state = await loadReminderState('2026-06-10', clock.now());
    expect(state.extraFromMs).toBe(70 * MIN);
    const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 30 };
    expect(decideReminder(input({ settings, now: clock.now(), todayMs: 74 * MIN, state }))).toBeNull();
    expect(decideReminder(input({ settings, now: clock.now(), todayMs: 75 * MIN, state }))).toBe('limit');
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
});
