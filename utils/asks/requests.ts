/**
 * Asking for more time at the daily limit, and a parent's answer. The limit screen only opens the
 * extension's own window; the teen asks there and a parent answers there (or on the options page) with the
 * PIN, which TikTok's page never sees. Every change goes through the worker's one queue.
 */
import { checkPin } from '../lock/requests';
import { limitHolds } from '../reminders/enforce';
import { keepRecent, recordChoice } from '../reminders/log';
import { limitToday, updateLog } from '../reminders/requests';
import { ANSWERS_KEPT } from '../sharing';
import { familyDevices } from '../sharing/family-time';
import { shareNow } from '../sharing/requests';
import { loadLock, loadSettings } from '../storage';
import { answersGiven, reminderState, timeAsks } from '../storage/write';
import type { WorkerContext } from '../worker/context';
import { noBody, request } from '../worker/define';
import { ASKS_PER_DAY, asksOn, cleanReason, grantAsk, isAskMinutes, pendingAsk, type TimeAsk } from '.';

const NOT_NEEDED = { ok: false, error: 'not-needed' } as const;

/** The limit is reached today, whatever a safety pass lifts for now: what an ask is for. */
async function reached(context: WorkerContext) {
  const found = await limitToday(context);
  return { ...found, holds: limitHolds({ ...found, onFeed: true }) };
}

const changeAsks = (change: (asks: TimeAsk[]) => TimeAsk[], now: number) =>
  timeAsks.update((asks) => change(keepRecent(asks, now)));

export const askRequests = {
  /** "Ask for more time" on the limit screen: the extension's window opens, where the teen asks. */
  'scrollwise/open-ask': request({
    from: 'own',
    parse: noBody,
    queued: true,
    run: async (context) => {
      const { holds, now } = await reached(context);
      if (!holds) return NOT_NEEDED;
      await updateLog((log) => recordChoice(log, 'limit', 'ask'), now);
      await context.openPinWindow('ask');
      return { ok: true } as const;
    },
  }),

  /** The teen's ask, from the extension's window: 15 or 30 minutes, and a reason if any. */
  'scrollwise/ask-time': request({
    from: 'page',
    parse: (message) => {
      const reason = cleanReason(message.reason);
      return isAskMinutes(message.minutes) && reason !== null ? { minutes: message.minutes, reason } : null;
    },
    queued: true,
    run: async (context, { minutes, reason }) => {
      const { holds, now, day } = await reached(context);
      if (!holds) return NOT_NEEDED;
      const asks = await timeAsks.get();
      if (pendingAsk(asks, day)) return { ok: false, error: 'pending' } as const;
      if (asksOn(asks, day) >= ASKS_PER_DAY) return { ok: false, error: 'too-many' } as const;
      const id = crypto.randomUUID();
      await changeAsks((kept) => [...kept, { id, at: now, day, minutes, reason, answer: null, answeredAt: 0 }], now);
      // With family sharing, the ask shows on the family's other computers too, where a parent may answer.
      await shareNow(context);
      return { ok: true, id } as const;
    },
  }),

  /**
   * A parent's answer, with the PIN when one is set (checked with the back-off). Yes gives exactly the
   * time asked, counted from now; no changes nothing but the ask's answer. Both stay in the list.
   */
  'scrollwise/answer-ask': request({
    from: 'page',
    parse: (message) =>
      typeof message.id === 'string' && typeof message.approve === 'boolean' && typeof message.secret === 'string'
        ? { id: message.id, approve: message.approve, secret: message.secret }
        : null,
    queued: true,
    run: async (context, { id, approve, secret }) => {
      if ((await loadLock()).state.pin) {
        const refused = await checkPin(context, secret);
        if (refused) return refused;
      }
      if (await answerHere(context, id, approve)) return { ok: true } as const;
      // An ask made on another of the family's computers: the answer goes there through this one's record.
      const { settings } = await loadSettings();
      const elsewhere = (await familyDevices(settings.familySharing, context.now())).some(
        ({ record }) => record.ask?.id === id && record.ask.answer === null,
      );
      if (!elsewhere) return { ok: false, error: 'not-pending' } as const;
      await answersGiven.update((given) => [...given, { id, approve, at: context.now() }].slice(-ANSWERS_KEPT));
      await shareNow(context);
      return { ok: true } as const;
    },
  }),
};

/**
 * Answers an ask made on this computer: yes gives exactly the time asked, from now; no changes nothing.
 * False when no such ask waits here.
 */
async function answerHere(context: WorkerContext, id: string, approve: boolean): Promise<boolean> {
  const { now, day, state, todayMs } = await limitToday(context);
  const ask = (await timeAsks.get()).find((each) => each.id === id);
  if (!ask || ask.answer !== null) return false;
  // An ask from another day lifts nothing today: it is answered for the record only.
  if (approve && ask.day === day && state.day === day) await reminderState.set(grantAsk(state, ask.minutes, todayMs));
  await changeAsks(
    (asks) =>
      asks.map((each) =>
        each.id === id ? { ...each, answer: approve ? 'approved' : 'declined', answeredAt: now } : each,
      ),
    now,
  );
  await shareNow(context);
  return true;
}

/**
 * A parent answered on another of the family's computers (its record, through sync): the answer is taken
 * here as if given here, once; the PIN was checked there, with the family's one lock.
 */
export async function takeFamilyAnswers(context: WorkerContext): Promise<void> {
  const { settings } = await loadSettings();
  const others = await familyDevices(settings.familySharing, context.now());
  const waiting = (await timeAsks.get()).filter((ask) => ask.answer === null);
  for (const ask of waiting) {
    const answer = others.flatMap(({ record }) => record.answers).find((each) => each.id === ask.id);
    if (answer) await answerHere(context, ask.id, answer.approve);
  }
}
