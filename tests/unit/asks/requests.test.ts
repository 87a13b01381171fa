import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanReason, grantAsk } from '@/utils/asks';
import { freshReminderState } from '@/utils/reminders/decide';
import { limitHolds } from '@/utils/reminders/enforce';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadReminderLog, loadReminderState, timeAsks } from '@/utils/storage';
import { day, extensionPage, lockWith, testClock, testWorker, tiktokTab } from '../worker/harness';

beforeEach(() => fakeBrowser.reset());

const MIN = 60_000;
const TODAY = '2026-06-10';

/** A family with a 60-minute limit and a PIN, the teen at `watchedMin` today. */
async function family(watchedMin: number, pin: string | null = '4321') {
  const clock = testClock(`${TODAY}T20:00:00`);
  const worker = testWorker(clock);
  await fakeBrowser.storage.local.set({
    [`day:${TODAY}`]: day(watchedMin * MIN),
    settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 60 },
  });
  if (pin) await lockWith(pin);
  return { clock, worker };
}

const holds = async (todayMs: number, now: number) =>
  limitHolds({
    now,
    day: TODAY,
    settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 60 },
    todayMs,
    state: await loadReminderState(TODAY, now),
    onFeed: true,
  });

describe('#25 asking for more time', () => {
  it('opens the extension’s window from the limit screen, only while the limit holds, and logs the ask', async () => {
    const early = await family(30);
    expect(await early.worker.send({ type: 'scrollwise/open-ask' }, tiktokTab())).toEqual({
      ok: false,
      error: 'not-needed',
    });
    expect(early.worker.askWindows).toBe(0);
    fakeBrowser.reset();
    const { worker, clock } = await family(61);
    await worker.send({ type: 'scrollwise/reminder-shown', kind: 'limit' }, tiktokTab());
    expect(await worker.send({ type: 'scrollwise/open-ask' }, tiktokTab())).toEqual({ ok: true });
    expect(worker.askWindows).toBe(1);
    expect((await loadReminderLog(clock.now())).at(-1)).toMatchObject({ kind: 'limit', choice: 'ask' });
  });

  it('gives exactly the time asked once a parent says yes with the PIN, and keeps ask and answer', async () => {
    const { worker, clock } = await family(61);
    const asked = await worker.send(
      { type: 'scrollwise/ask-time', minutes: 30, reason: ' school video ' },
      extensionPage,
    );
    expect(asked).toMatchObject({ ok: true });
    const id = (asked as unknown as { id: string }).id;
    // A TikTok page can neither ask nor answer.
    expect(await worker.send({ type: 'scrollwise/ask-time', minutes: 30 }, tiktokTab())).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(
      await worker.send({ type: 'scrollwise/answer-ask', id, approve: true, secret: '4321' }, tiktokTab()),
    ).toEqual({ ok: false, error: 'refused' });
    // One ask waits at a time.
    expect(await worker.send({ type: 'scrollwise/ask-time', minutes: 15 }, extensionPage)).toEqual({
      ok: false,
      error: 'pending',
    });
    expect(
      await worker.send({ type: 'scrollwise/answer-ask', id, approve: true, secret: '0000' }, extensionPage),
    ).toMatchObject({ ok: false, error: 'wrong-pin' });
    expect(await holds(61 * MIN, clock.now())).toBe(true);
    expect(
      await worker.send({ type: 'scrollwise/answer-ask', id, approve: true, secret: '4321' }, extensionPage),
    ).toEqual({ ok: true });
    // 30 minutes of viewing from the 61 watched: open at 90, held again at 91.
    expect(await holds(90 * MIN, clock.now())).toBe(false);
    expect(await holds(91 * MIN, clock.now())).toBe(true);
    expect(await timeAsks.get()).toEqual([
      {
        id,
        at: clock.now(),
        day: TODAY,
        minutes: 30,
        reason: 'school video',
        answer: 'approved',
        answeredAt: clock.now(),
      },
    ]);
    // Answered once: a second answer changes nothing.
    expect(
      await worker.send({ type: 'scrollwise/answer-ask', id, approve: true, secret: '4321' }, extensionPage),
    ).toEqual({ ok: false, error: 'not-pending' });
  });

  it('lifts nothing on a no, and stops at three asks a day', async () => {
    const { worker, clock } = await family(61, null);
    for (let round = 0; round < 3; round++) {
      const asked = await worker.send({ type: 'scrollwise/ask-time', minutes: 15 }, extensionPage);
      const id = (asked as unknown as { id: string }).id;
      // No PIN set: the answer needs none (the family set no lock), and says so on the page.
      expect(
        await worker.send({ type: 'scrollwise/answer-ask', id, approve: false, secret: '' }, extensionPage),
      ).toEqual({
        ok: true,
      });
    }
    expect(await holds(61 * MIN, clock.now())).toBe(true);
    expect(await worker.send({ type: 'scrollwise/ask-time', minutes: 15 }, extensionPage)).toEqual({
      ok: false,
      error: 'too-many',
    });
    expect((await timeAsks.get()).map((ask) => ask.answer)).toEqual(['declined', 'declined', 'declined']);
  });

  it('refuses an ask while the limit does not hold, and a reason that is not short text', async () => {
    const { worker } = await family(30);
    expect(await worker.send({ type: 'scrollwise/ask-time', minutes: 30 }, extensionPage)).toEqual({
      ok: false,
      error: 'not-needed',
    });
    expect(await worker.send({ type: 'scrollwise/ask-time', minutes: 45 }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(cleanReason('x'.repeat(81))).toBeNull();
    expect(cleanReason(42)).toBeNull();
    expect(cleanReason('a\u0000b\n')).toBe('a b');
  });

  it('adds time given twice, each from the moment it is given', () => {
    const once = grantAsk(freshReminderState(TODAY), 15, 61 * MIN);
    expect(once.grantedUntilMs).toBe(76 * MIN);
    expect(grantAsk(once, 30, 70 * MIN).grantedUntilMs).toBe(106 * MIN);
    expect(grantAsk(once, 15, 80 * MIN).grantedUntilMs).toBe(95 * MIN);
  });
});
