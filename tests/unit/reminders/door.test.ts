import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { choicesThisWeek } from '@/utils/reminders/log';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadReminderLog } from '@/utils/storage';
import { day, tabSession, testClock, testWorker, tiktokTab } from '../worker/harness';

// #25 step 7: the pause at the door (optional, off by default).
beforeEach(() => fakeBrowser.reset());

const MIN = 60_000;

async function setUp(settings: Partial<typeof DEFAULT_SETTINGS> = { doorPause: true }) {
  const clock = testClock('2026-06-10T15:00:00');
  const worker = testWorker(clock);
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  const open = async (frameId = 0) => {
    const reply = await worker.send(
      { type: 'scrollwise/reminder-due', viewing: false, opening: true },
      tiktokTab({ frameId }),
    );
    return reply.ok ? (reply as { due: unknown }).due : reply;
  };
  return { clock, worker, open };
}

describe('#25 the pause at the door', () => {
  it('meets TikTok opened in a tab, until answered; then not again for 10 minutes', async () => {
    const { clock, worker, open } = await setUp();
    expect(await open()).toBe('door');
    // Another tab, or a reload, before an answer: the same pause.
    expect(await open()).toBe('door');
    await worker.send({ type: 'scrollwise/reminder-shown', kind: 'door' }, tiktokTab());
    await worker.send({ type: 'scrollwise/reminder-choice', kind: 'door', choice: 'close' }, tiktokTab());
    expect(await open()).toBeNull();
    clock.advance(9 * MIN);
    expect(await open()).toBeNull();
    clock.advance(2 * MIN);
    expect(await open()).toBe('door');
    const log = await loadReminderLog(clock.now());
    expect(choicesThisWeek(log, clock.now(), 'close', 'door')).toBe(1);
    expect(choicesThisWeek(log, clock.now(), 'close', 'limit')).toBe(0);
  });

  it('is off by default, never in another site’s frame, never while the teen is watching, nor over the limit', async () => {
    expect(await (await setUp({})).open()).toBeNull();
    fakeBrowser.reset();
    expect(await (await setUp()).open(3)).toBeNull();
    fakeBrowser.reset();
    // Two minutes ago the teen was watching: a new tab is not an opening.
    const watching = await setUp();
    const tab = tabSession(watching.clock);
    watching.clock.advance(15_000);
    await watching.worker.send(tab.slice(15_000));
    watching.clock.advance(2 * MIN);
    expect(await watching.open()).toBeNull();
    watching.clock.advance(4 * MIN);
    expect(await watching.open()).toBe('door');
    fakeBrowser.reset();
    const limited = await setUp({ doorPause: true, dailyLimitMin: 15 });
    await fakeBrowser.storage.local.set({ 'day:2026-06-10': day(20 * MIN) });
    expect(await limited.open()).toBe('limit');
  });
});
