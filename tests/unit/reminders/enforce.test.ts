import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshReminderState } from '@/utils/reminders/decide';
import { heldReminder } from '@/utils/reminders/enforce';
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

describe('#28 reminders a page keeps from being seen, and TikTok in a frame', () => {
  const frame = tiktokTab({ frameId: 4, url: 'https://www.tiktok.com/embed/v2/7300000000000000000' });

  it('sends the tab to the extension’s page for a break or sleep reminder only while it is still due', async () => {
    const clock = testClock('2026-06-10T23:30:00');
    const worker = testWorker(clock);
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        dailyLimitMin: 0,
        breakEveryMin: 20,
        sleep: { enabled: false, start: '22:00', end: '07:00' },
      },
    });
    await watch(worker, clock, 10 * 60);
    // A tab that claims a break is waiting when the worker's own figures say none is: nothing happens.
    await worker.send({ type: 'scrollwise/reminder-unseen', kind: 'break' });
    expect(worker.reminderPages).toEqual([]);
    await watch(worker, clock, 11 * 60);
    await worker.send({ type: 'scrollwise/reminder-unseen', kind: 'break' });
    expect(worker.reminderPages).toEqual(['7:break']);
    // Sleep hours on: the sleep reminder is due, and the same holds for it.
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 0, sleep: { enabled: true, start: '22:00', end: '07:00' } },
    });
    await worker.send({ type: 'scrollwise/reminder-unseen', kind: 'sleep' });
    expect(worker.reminderPages).toEqual(['7:break', '7:sleep']);
    // None of them is the parents' record of a page fighting the limit.
    expect(await pageFights.get()).toEqual([]);
  });

  it('counts TikTok in a frame of another site, and ends only the frame when the limit holds there', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    for (let done = 0; done < 15 * 60 + 60; done += 15) {
      clock.advance(15_000);
      expect((await worker.send(tab.slice(15_000), frame)).ok).toBe(true);
    }
    expect(worker.clearedFrames).toEqual(['7:4']);
    expect(worker.limitPages).toEqual([]);
    // Its hidden reminder ends it too, and "Close TikTok" there ends the frame, never the site's tab.
    await worker.send({ type: 'scrollwise/reminder-unseen', kind: 'limit' }, frame);
    await worker.send({ type: 'scrollwise/close-tab' }, frame);
    expect(worker.clearedFrames).toEqual(['7:4', '7:4', '7:4']);
    expect(worker.closedTabs).toEqual([]);
  });
});

describe("the extension's reminder page", () => {
  const at = new Date('2026-06-10T15:00:00').getTime();
  const input = (todayMin: number, breakUntil = 0) => ({
    now: at,
    day: '2026-06-10',
    settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 15 },
    todayMs: todayMin * 60_000,
    state: { ...freshReminderState('2026-06-10'), breakUntil },
  });

  it('shows the limit while it holds, whatever it was opened for, and lets the tab go when it lifts', () => {
    expect(heldReminder('limit', false, input(16))).toBe('limit');
    expect(heldReminder('break', true, input(16))).toBe('limit');
    expect(heldReminder('limit', false, input(10))).toBeNull();
  });

  it('keeps a break or sleep reminder until it is answered, and a chosen break until it ends', () => {
    const sleepy = (start: string) => ({
      ...input(10),
      settings: { ...DEFAULT_SETTINGS, sleep: { enabled: true, start, end: '07:00' } },
    });
    expect(heldReminder('sleep', false, sleepy('14:00'))).toBe('sleep');
    expect(heldReminder('sleep', true, sleepy('14:00'))).toBeNull();
    // Sleep hours over (or turned off) while the page waits: the tab goes back.
    expect(heldReminder('sleep', false, sleepy('22:00'))).toBeNull();
    expect(heldReminder('sleep', false, input(10))).toBeNull();
    expect(heldReminder('break', true, input(10, at + 60_000))).toBe('break-running');
    expect(heldReminder('break', true, input(10, at - 1))).toBeNull();
  });
});

describe('#23 the worker says when a page needs its reminder screen', () => {
  it('at start and with each report: nothing, then the break while viewed, a chosen break in every tab, then the limit', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 30, breakEveryMin: 20 } });
    const due = async (viewing = false) => {
      const reply = await worker.send({ type: 'scrollwise/reminder-due', viewing, opening: false });
      return reply.ok ? reply.due : 'refused';
    };
    expect(await due()).toBeNull();
    const tab = tabSession(clock);
    const dues: (string | null)[] = [];
    const view = async (seconds: number) => {
      for (let done = 0; done < seconds; done += 15) {
        clock.advance(15_000);
        const reply = await worker.send(tab.slice(15_000));
        dues.push(reply.ok ? reply.due : 'refused');
      }
    };
    await view(20 * 60);
    // Every report before 20 minutes of viewing says nothing is due; the one that reaches them, the break.
    expect(dues.slice(0, -1).every((kind) => kind === null)).toBe(true);
    expect(dues.at(-1)).toBe('break');
    // A page opened now, not yet viewed, needs no screen for it; one being viewed does.
    expect(await due()).toBeNull();
    expect(await due(true)).toBe('break');
    // The teen takes the break in that tab: every other tab must cover TikTok too.
    await worker.send({ type: 'scrollwise/reminder-choice', kind: 'break', choice: 'break' });
    expect(await due()).toBe('break-running');
    clock.advance(6 * 60_000);
    expect(await due()).toBeNull();
    await view(10 * 60);
    expect(dues.at(-1)).toBe('limit');
    expect(await due()).toBe('limit');
  });
});
