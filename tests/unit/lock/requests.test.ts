import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPage, lockWith, testClock, testWorker, tiktokTab } from '../worker/harness';

beforeEach(() => fakeBrowser.reset());

describe("the parent lock's requests", () => {
  it('checks simultaneous guesses one at a time, so the back-off holds', async () => {
    await lockWith('2468');
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const guesses = Array.from({ length: 12 }, (_, index) =>
      worker.send({ type: 'scrollwise/unlock', secret: String(1000 + index) }, extensionPage),
    );
    const replies = await Promise.all(guesses);
    // Five free tries, then every other guess waits without being checked.
    expect(replies.filter((reply) => !reply.ok && reply.error === 'wrong-pin')).toHaveLength(5);
    expect(replies.filter((reply) => !reply.ok && reply.error === 'wait')).toHaveLength(7);
  });

  it('changes or removes the PIN only after it was typed, even under a browser policy lock', async () => {
    await lockWith('2468');
    await fakeBrowser.storage.managed.set({ settingsLocked: true });
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(await worker.send({ type: 'scrollwise/remove-pin' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/set-pin', secret: '1357' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/pin-record' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/unlock', secret: '2468' }, extensionPage)).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/pin-record' }, extensionPage)).toMatchObject({ ok: true });
    expect(await worker.send({ type: 'scrollwise/remove-pin' }, extensionPage)).toEqual({ ok: true });
  });
});

describe('locking again', () => {
  it('closes the lock at once from a page, and never from a TikTok tab', async () => {
    await lockWith('2468');
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(await worker.send({ type: 'scrollwise/unlock', secret: '2468' }, extensionPage)).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/lock-now' }, tiktokTab())).toEqual({ ok: false, error: 'refused' });
    expect(await worker.send({ type: 'scrollwise/export' }, extensionPage)).toMatchObject({ ok: true });
    expect(await worker.send({ type: 'scrollwise/lock-now' }, extensionPage)).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/export' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
  });
});
