import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadReminderState, pageFights } from '@/utils/storage';
import { extensionPage, tabSession, testClock, testWorker, tiktokTab } from '../worker/harness';

beforeEach(async () => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 15 } });
});

/** A tab watching for `seconds`, one 15 s heartbeat at a time, as a page that hides the reminder would. */
async function watch(worker: ReturnType<typeof testWorker>, clock: ReturnType<typeof testClock>, seconds: number) {
  const tab = tabSession(clock);
  for (let done = 0; done < seconds; done += 15) {
    clock.advance(15_000);
    await worker.send(tab.slice(15_000));
  }
}

describe('the limit the browser holds', () => {
  it('lets the page show its own reminder first: the last heartbeat before it is not a fight', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await watch(worker, clock, 15 * 60 + 30);
    expect(worker.limitPages).toEqual([]);
  });

  it('takes over once viewing goes on past the limit, and sends every TikTok page after it there too', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await watch(worker, clock, 15 * 60 + 60);
    expect(worker.limitPages).toEqual([7]);
    expect((await loadReminderState('2026-06-10', clock.now())).enforced).toBe(true);
    // Another tab, or the same one reloaded: the limit page at once.
    const { onTikTokNavigation } = await import('@/utils/reminders/requests');
    await onTikTokNavigation(worker.context, 9);
    expect(worker.limitPages).toEqual([7, 9]);
    // The parents' page is told once, when the browser took over.
    expect(await pageFights.get()).toEqual([clock.now()]);
  });

  it('lets go when a choice lifts the limit: five more minutes, or a safety pass', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await watch(worker, clock, 15 * 60 + 60);
    expect(await worker.send({ type: 'scrollwise/extra-time' }, extensionPage)).toEqual({ ok: true });
    expect((await loadReminderState('2026-06-10', clock.now())).enforced).toBe(false);
    const { onTikTokNavigation } = await import('@/utils/reminders/requests');
    await onTikTokNavigation(worker.context, 9);
    await watch(worker, clock, 60);
    expect(worker.limitPages).toEqual([7]);
  });

  it('never takes over without a limit, or on a day under it', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 0 } });
    await watch(worker, clock, 20 * 60);
    expect(worker.limitPages).toEqual([]);
  });

  it("answers the limit page's choices as the in-page reminder's, and closes the limit page's own tab", async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const limitPage = { ...extensionPage, url: `${extensionPage.url?.replace('popup', 'limit')}`, tab: { id: 12 } };
    expect(await worker.send({ type: 'scrollwise/close-tab' }, limitPage)).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/close-tab' }, tiktokTab())).toEqual({ ok: true });
    expect(worker.closedTabs).toEqual([12, 7]);
  });
});
