import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteSiteAccess } from '@/utils/site-access/requests';
import { siteAccess } from '@/utils/storage/access';
import { testClock, testWorker } from '../worker/harness';

const DAY = 86_400_000;

beforeEach(() => fakeBrowser.reset());

describe("the worker's note of Scrollwise's access to TikTok", () => {
  it('keeps the moment the access went off, once, however often the worker wakes while it stays off', async () => {
    const clock = testClock('2026-12-06T21:00:00');
    const worker = testWorker(clock);
    // A fresh install has it: nothing to tell the parents.
    await noteSiteAccess(worker.context, true);
    expect(await siteAccess.get()).toEqual({ on: true, offAt: [] });
    const off = clock.now();
    await noteSiteAccess(worker.context, false);
    clock.advance(60_000);
    worker.restart();
    await noteSiteAccess(worker.context, false);
    expect(await siteAccess.get()).toEqual({ on: false, offAt: [off] });
    // Back on, then off again: a second moment.
    clock.advance(60_000);
    await noteSiteAccess(worker.context, true);
    clock.advance(60_000);
    await noteSiteAccess(worker.context, false);
    expect((await siteAccess.get()).offAt).toEqual([off, clock.now()]);
  });

  it('notes an access already off at its first reading (turned off before this version was installed)', async () => {
    const clock = testClock('2026-12-06T21:00:00');
    await noteSiteAccess(testWorker(clock).context, false);
    expect(await siteAccess.get()).toEqual({ on: false, offAt: [clock.now()] });
  });

  it('lists 30 days: older moments go at the next reading', async () => {
    const clock = testClock('2026-11-01T12:00:00');
    const worker = testWorker(clock);
    const first = clock.now();
    await noteSiteAccess(worker.context, false);
    clock.advance(29 * DAY);
    await noteSiteAccess(worker.context, true);
    expect((await siteAccess.get()).offAt).toEqual([first]);
    clock.advance(2 * DAY);
    await noteSiteAccess(worker.context, true);
    expect(await siteAccess.get()).toEqual({ on: true, offAt: [] });
  });

  it('writes nothing when nothing changed: the worker reads the access at every start', async () => {
    const clock = testClock('2026-12-06T21:00:00');
    const worker = testWorker(clock);
    await noteSiteAccess(worker.context, false);
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    for (let start = 0; start < 3; start++) {
      clock.advance(60_000);
      await noteSiteAccess(worker.context, false);
    }
    expect(writes).not.toHaveBeenCalled();
  });

  it('reads a damaged record as a fresh one, losing nothing it can keep', async () => {
    await fakeBrowser.storage.local.set({ siteAccess: { on: 'no', offAt: [5, 'x', null, Number.NaN, 7] } });
    expect(await siteAccess.get()).toEqual({ on: true, offAt: [5, 7] });
    await fakeBrowser.storage.local.set({ siteAccess: 'junk' });
    expect(await siteAccess.get()).toEqual({ on: true, offAt: [] });
  });
});
