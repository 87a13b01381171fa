import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { dismissedTips, loadSettings, tipShowings } from '@/utils/storage';
import { extensionPage, lockWith, testClock, testWorker, tiktokTab } from '../worker/harness';

beforeEach(() => fakeBrowser.reset());

const save = (field: string, value: unknown) => ({ type: 'scrollwise/save-setting', field, value });

describe("the settings' requests: the worker is their only writer", () => {
  it('saves a checked value, and refuses a bad one with its reason, writing nothing', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(await worker.send(save('dailyLimitMin', 90), extensionPage)).toEqual({ ok: true });
    expect(await worker.send(save('dailyLimitMin', 5), extensionPage)).toEqual({
      ok: false,
      error: 'invalid-setting',
      reason: 'limit-range',
    });
    expect(await worker.send(save('sleep', { enabled: true, start: '25:00', end: '07:00' }), extensionPage)).toEqual({
      ok: false,
      error: 'invalid-setting',
      reason: 'time-format',
    });
    expect((await loadSettings()).settings.dailyLimitMin).toBe(90);
  });

  it('refuses a field that is not a setting, and any save from a TikTok tab', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    for (const field of ['policy', '__proto__', 'toString'])
      expect(await worker.send(save(field, true), extensionPage)).toEqual({ ok: false, error: 'refused' });
    expect(await worker.send({ type: 'scrollwise/save-setting', field: 'dailyLimitMin' }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send(save('dailyLimitMin', 0), tiktokTab())).toEqual({ ok: false, error: 'refused' });
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only the fields a record setting has: nothing else rides along into storage', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const sleep = { enabled: false, start: '21:00', end: '06:30', extra: 'x'.repeat(1000) };
    expect(await worker.send(save('sleep', sleep), extensionPage)).toEqual({ ok: true });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { sleep: unknown };
    expect(stored.sleep).toEqual({ enabled: false, start: '21:00', end: '06:30' });
  });

  it('asks the lock verdict: a PIN until it is typed, a policy lock always, a policy value always', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await lockWith('2468');
    expect(await worker.send(save('dailyLimitMin', 30), extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/reset-tips' }, extensionPage)).toMatchObject({ by: 'pin' });
    expect(await worker.send({ type: 'scrollwise/unlock', secret: '2468' }, extensionPage)).toEqual({ ok: true });
    expect(await worker.send(save('dailyLimitMin', 30), extensionPage)).toEqual({ ok: true });

    await fakeBrowser.storage.managed.set({ breakReminderMinutes: 20 });
    expect(await worker.send(save('breakEveryMin', 40), extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'policy',
    });
    await fakeBrowser.storage.managed.set({ settingsLocked: true });
    expect(await worker.send(save('language', 'fr'), extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'policy',
    });
    expect((await loadSettings()).local).toMatchObject({ dailyLimitMin: 30, breakEveryMin: 0, language: 'auto' });
  });

  it('resets the tips: closed tips come back, and each opens whole once more', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    await fakeBrowser.storage.local.set({
      dismissedTips: ['comments'],
      tipShowings: { comments: { day: '2026-06-10', count: 2 } },
    });
    expect(await worker.send({ type: 'scrollwise/reset-tips' }, extensionPage)).toEqual({ ok: true });
    expect(await dismissedTips.get()).toEqual([]);
    expect(await tipShowings.get()).toEqual({});
  });
});

describe('the settings a TikTok page asks for', () => {
  it('are the settings in force, the policy on top, and only for our own tabs and pages', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const homework = { name: 'Homework', days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' };
    await worker.send(save('quietTimes', [homework]), extensionPage);
    await fakeBrowser.storage.managed.set({ dailyLimitMinutes: 45 });
    expect(await worker.send({ type: 'scrollwise/settings' }, tiktokTab())).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, quietTimes: [homework], dailyLimitMin: 45 },
    });
  });

  it('keeps a list of no-TikTok times that breaks a rule out of storage, with its reason', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const homework = { name: 'Homework', days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' };
    expect(
      await worker.send(save('quietTimes', [homework, { ...homework, name: 'Sport', start: '18:00' }]), extensionPage),
    ).toEqual({ ok: false, error: 'invalid-setting', reason: 'quiet-overlap' });
    expect((await loadSettings()).settings.quietTimes).toEqual([]);
  });
});
