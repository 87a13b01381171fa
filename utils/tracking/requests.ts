/** Viewing time: the slices each TikTok tab measures, and the days kept. */
import { stretchLength } from '../reminders/decide';
import { holdTheLine, reminderDue } from '../reminders/requests';
import { afterCounting } from '../sharing/requests';
import { ledger, readAllDays } from '../storage';
import { removeDays } from '../storage/write';
import type { WorkerContext } from '../worker/context';
import { request } from '../worker/define';
import { dayKeyOf } from './calendar';
import type { RecordResult } from './recorder';
import { expiredDays } from './retention';
import { creditedSpan, parseSlice, type Slice } from './slice';

const creditedMs = (slice: Slice) => {
  const { start, end } = creditedSpan(slice);
  return end - start;
};

export const trackingRequests = {
  'scrollwise/slice': request({
    from: 'tab',
    parse: (message, now): { slice: Slice } | null => {
      const slice = parseSlice(message.slice, now);
      return slice && { slice };
    },
    // The recorder has a queue of its own, and a slice must not wait behind a PIN being hashed.
    queued: false,
    run: async (context, { slice }, { tabId, tabActive, frameId, onFeed }) => {
      // A background tab cannot be watched, whatever its page believes, unless its video plays in
      // picture-in-picture, on top of the rest. Its last slice, sent because the teen just switched away
      // (the tab is already inactive when the page hears of it), still counts.
      if (tabActive === false && slice.cause === 'heartbeat' && !slice.pip)
        return { ok: false, error: 'inactive-tab' } as const;
      if ((await context.idleState()) === 'locked') return { ok: false, error: 'screen-locked' } as const;
      const result: RecordResult = await context.recorder.record(slice);
      // Family sharing's write never holds up the reply (its alarm carries it if the worker stops first).
      if (result === 'counted') void afterCounting(context).catch(() => undefined);
      // The page learns with each report whether a reminder is due, so it loads its screen only then.
      const due =
        result !== 'duplicate' && tabId !== null
          ? await holdTheLine(context, { tabId, frameId, onFeed }, creditedMs(slice))
          : await reminderDue(context, true, onFeed);
      // And how long the current stretch is, for a tip that waits for one (the feed's, after 15 minutes).
      const stretchMs = stretchLength((await ledger.get()).stretch, context.now());
      return { ok: true, result, due, stretchMs } as const;
    },
  }),
};

/** The hourly upkeep: what is unwritten is written, and days past the retention are removed. */
export async function pruneDays(context: WorkerContext): Promise<void> {
  await context.recorder.flush();
  await context.recorder.exclusive(async () =>
    removeDays(expiredDays(Object.keys(await readAllDays()), dayKeyOf(context.now()))),
  );
}
