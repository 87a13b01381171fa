/**
 * The reminders' requests: what a TikTok tab asks when a reminder shows or the teen chooses, and the PIN
 * window's five more minutes. Every change of the shared reminder state is made here, in the worker's one
 * queue, so two tabs never lose each other's update.
 */
import { checkPin, withSecret } from '../lock/requests';
import { familyTotalOn } from '../sharing/family-time';
import { loadLock, loadReminderState, loadSettings, loadSettingsNow } from '../storage';
import { ledger, pageFights, reminderLog, reminderState } from '../storage/write';
import { dayKeyOf, nextDayStart } from '../tracking/calendar';
import type { WorkerContext } from '../worker/context';
import { noBody, request } from '../worker/define';
import {
  applyChoice,
  decideReminder,
  REMINDER_KINDS,
  type ReminderChoice,
  type ReminderKind,
  type ReminderState,
  SAFETY_PASS_MS,
  safetyPassAvailable,
} from './decide';
import { doorOpens } from './door';
import { afterViewing, limitHolds, overLimitMs } from './enforce';
import { appendToLog, keepRecent, type ReminderLogEntry, recordChoice } from './log';
import { nextReminderStep, type Showing } from './session';

/** A reminder shown again within this time is the same showing (another tab, a reload): logged once. */
const SAME_SHOWING_MS = 60_000;

/** Changes the teen's reminder log, dropping what is past the 14 days it keeps. */
export const updateLog = (change: (log: ReminderLogEntry[]) => ReminderLogEntry[], now: number) =>
  reminderLog.update((log) => change(keepRecent(log, now)));

async function today(context: WorkerContext) {
  const now = context.now();
  const { settings } = await loadSettings();
  const { dayStartHour } = settings;
  const day = dayKeyOf(now, dayStartHour);
  return { now, dayStartHour, day, settings, state: await loadReminderState(day, now) };
}

/**
 * Today as the limit reads it: the settings, the reminder state and the day's total, one read of each;
 * `onFeed`: the tab it is read for is a feed, where a safety pass lifts nothing.
 */
export async function limitToday(context: WorkerContext, onFeed = false) {
  const found = await today(context);
  // With family sharing, today is the family's: this computer's time and what the others report.
  const todayMs = await familyTotalOn(found.day, found.settings.familySharing, found.now);
  return { ...found, todayMs, onFeed };
}

const ALREADY_TAKEN = { ok: false, error: 'already-taken' } as const;
/** Five more minutes given while the limit does not hold would change nothing: kept for later. */
const NOT_NEEDED = { ok: false, error: 'not-needed' } as const;

async function grantExtra(context: WorkerContext) {
  const found = await limitToday(context);
  const { now, state, todayMs } = found;
  if (state.extraTaken) return ALREADY_TAKEN;
  // Reached, whatever a safety pass lifts for now: the five minutes count from today's total.
  if (!limitHolds({ ...found, onFeed: true })) return NOT_NEEDED;
  await reminderState.set(applyChoice(state, 'limit', 'extra', now, null, todayMs));
  await updateLog((log) => recordChoice(log, 'limit', 'extra'), now);
  return { ok: true } as const;
}

const isKind = (value: unknown): value is ReminderKind => REMINDER_KINDS.includes(value as ReminderKind);
const isTabChoice = (value: unknown): value is Exclude<ReminderChoice, 'extra'> =>
  value === 'break' || value === 'close' || value === 'continue';
const withKind = (message: Record<string, unknown>) => (isKind(message.kind) ? { kind: message.kind } : null);

export const reminderRequests = {
  /**
   * The teen chose "Close TikTok": the tab that asked, and only it (TikTok's, or the limit page's); in a
   * frame of another site's page, only the frame.
   */
  'scrollwise/close-tab': request({
    from: 'own',
    parse: noBody,
    queued: false,
    run: async (context, _body, { tabId, frameId }) => {
      if (tabId !== null) await (frameId === 0 ? context.closeTab(tabId) : context.clearFrame(tabId, frameId));
      return { ok: true } as const;
    },
  }),

  /** Five more minutes, once a day; with a PIN set, the tab cannot have it: the PIN window opens instead. */
  'scrollwise/extra-time': request({
    from: 'own',
    parse: noBody,
    queued: true,
    run: async (context) => {
      if ((await loadLock()).state.pin) {
        await context.openPinWindow();
        return { ok: false, error: 'pin-window' } as const;
      }
      return grantExtra(context);
    },
  }),

  /** From the PIN window: the parent's PIN, checked with the back-off, then five more minutes. */
  'scrollwise/grant-extra': request({
    from: 'page',
    parse: withSecret,
    queued: true,
    run: async (context, { secret }) => {
      if ((await today(context)).state.extraTaken) return ALREADY_TAKEN;
      return (await checkPin(context, secret)) ?? grantExtra(context);
    },
  }),

  /**
   * A reminder came up in a tab: logged once per showing; a limit is held until the day's real end. The
   * reply says whether a PIN is set, so the limit screen can say a parent gives the five more minutes.
   */
  'scrollwise/reminder-shown': request({
    from: 'tab',
    parse: withKind,
    queued: true,
    run: async (context, { kind }) => {
      const { now, day, dayStartHour, state } = await today(context);
      if (kind === 'limit' && state.day === day) {
        const holdUntil = nextDayStart(now, dayStartHour);
        if (state.limitHoldUntil !== holdUntil) await reminderState.set({ ...state, limitHoldUntil: holdUntil });
      }
      await updateLog(
        (log) =>
          log.some((entry) => entry.kind === kind && entry.choice === null && now - entry.at < SAME_SHOWING_MS)
            ? log
            : appendToLog(log, { at: now, kind, choice: null }, now),
        now,
      );
      return { ok: true, pinSet: (await loadLock()).state.pin !== null } as const;
    },
  }),

  'scrollwise/reminder-choice': request({
    from: 'own',
    parse: (message) =>
      isKind(message.kind) && isTabChoice(message.choice) ? { kind: message.kind, choice: message.choice } : null,
    queued: true,
    run: async (context, { kind, choice }) => {
      const { now, state } = await today(context);
      await reminderState.set(applyChoice(state, kind, choice, now, (await ledger.get()).stretch));
      await updateLog((log) => recordChoice(log, kind, choice), now);
      return { ok: true } as const;
    },
  }),

  /**
   * What a TikTok page would show now, from nothing: its sentinel loads the reminders' screen only then.
   * Asked at start and when the reminder state or the settings change; each report's reply says it too.
   */
  'scrollwise/reminder-due': request({
    from: 'tab',
    // Whether the page is being viewed, as its sensor says (a break or sleep reminder needs it), and
    // whether it is just starting (`opening`: the pause at the door may meet it).
    parse: (message) => ({ viewing: message.viewing === true, opening: message.opening === true }),
    queued: false,
    run: async (context, { viewing, opening }, { onFeed, frameId }) => {
      // Only a page opening in a tab, with the pause at the door on, waits in the worker's queue for it.
      if (opening && frameId === 0 && (await loadSettingsNow()).doorPause) await atTheDoor(context);
      return { ok: true, due: await reminderDue(context, viewing, onFeed) } as const;
    },
  }),

  /**
   * A reminder waiting for the teen's choice was kept from being seen (removed, hidden or covered by the
   * page) for a few seconds: while it is still due, the browser takes over from the page at once. A limit
   * stays taken over until a choice lifts it; a break or sleep reminder is answered on the extension's page.
   */
  'scrollwise/reminder-unseen': request({
    from: 'tab',
    parse: withKind,
    queued: true,
    run: async (context, { kind }, { tabId, frameId, onFeed }) => {
      const input = await limitToday(context, onFeed);
      if (tabId === null) return { ok: true } as const;
      const where = { tabId, frameId, onFeed };
      if (limitHolds(input)) await takeOver(context, input.state, input.now, where);
      else if (kind !== 'limit' && (await stillDue(input, kind))) await leave(context, where, kind);
      return { ok: true } as const;
    },
  }),

  /** The note before the daily limit was shown in a tab: not again today, in any tab. */
  'scrollwise/limit-warned': request({
    from: 'tab',
    parse: noBody,
    queued: true,
    run: async (context) => {
      const { now, state } = await today(context);
      if (state.limitWarnedAt === 0) await reminderState.set({ ...state, limitWarnedAt: now });
      return { ok: true } as const;
    },
  }),

  /** Ten minutes without reminders to report or block someone; three a day, each in the teen's log. */
  'scrollwise/safety-pass': request({
    from: 'own',
    parse: noBody,
    queued: true,
    run: async (context) => {
      const { now, state } = await today(context);
      if (state.safetyUntil > now) return { ok: true } as const;
      if (!safetyPassAvailable(state, now)) return { ok: false, error: 'no-passes' } as const;
      const passes = state.safetyPasses + 1;
      await reminderState.set({
        ...state,
        safetyUntil: now + SAFETY_PASS_MS,
        safetyPasses: passes,
        heldMs: 0,
        enforced: false,
      });
      await updateLog((log) => appendToLog(log, { at: now, kind: 'limit', choice: 'safety' }, now), now);
      return { ok: true } as const;
    },
  }),
};

/**
 * The browser holds the line behind the in-page reminder: viewing counted in a tab while the daily limit
 * holds (the page hid the reminder and kept a video playing) sends the tab to the extension's limit page
 * once it passes the grace, and every TikTok page after it, until a choice lifts the limit. Answers what
 * `reminderDue` would, from the same read.
 */
export function holdTheLine(context: WorkerContext, where: Where, creditedMs: number): Promise<Showing | null> {
  return context.serial(async () => {
    const input = await limitToday(context, where.onFeed);
    const { now, day, state } = input;
    // A limit held across a time-zone change has no total past it: all the viewing is past it then.
    const over = state.day === day ? overLimitMs(input) : creditedMs;
    const next = afterViewing(state, limitHolds(input), creditedMs, over);
    if (next.enforce) await takeOver(context, { ...next.state, enforced: state.enforced }, now, where);
    else if (next.state.heldMs !== state.heldMs || next.state.enforced !== state.enforced)
      await reminderState.set(next.state);
    // What the grace and the take-over change (`heldMs`, `enforced`) weighs in no reminder's choice.
    return dueIn(input, true);
  });
}

/**
 * The reminder a page showing none would show now, by the worker's figures (`viewing`: the page is being
 * viewed, which a break or sleep reminder needs). The page's own decision, once its screen is loaded,
 * also weighs what only it knows (the report flow on screen); this only tells it to load that screen.
 */
export async function reminderDue(context: WorkerContext, viewing: boolean, onFeed: boolean): Promise<Showing | null> {
  return dueIn(await limitToday(context, onFeed), viewing);
}

async function dueIn(input: Awaited<ReturnType<typeof limitToday>>, viewing: boolean): Promise<Showing | null> {
  const { stretch } = await ledger.get();
  const step = nextReminderStep({ ...input, stretch, viewing, reportOpen: false, showing: null });
  return step.do === 'show' ? step.kind : null;
}

/** A TikTok page starting in a tab: the pause at the door opens, for every tab, when it is due. */
function atTheDoor(context: WorkerContext): Promise<void> {
  return context.serial(async () => {
    const input = await limitToday(context);
    const { stretch } = await ledger.get();
    if (doorOpens({ ...input, stretch, limitHolds: limitHolds(input) }))
      await reminderState.set({ ...input.state, doorAt: input.now });
  });
}

/** Where TikTok is shown: a tab's page, or a frame of another site's page; whether it is a feed. */
type Where = { tabId: number; frameId: number; onFeed: boolean };

/** TikTok leaves the page: a tab goes to the extension's page for `kind`, a frame goes blank. */
const leave = (context: WorkerContext, { tabId, frameId }: Where, kind: ReminderKind) =>
  frameId === 0 ? context.sendToLimitPage(tabId, kind) : context.clearFrame(tabId, frameId);

/** A break, sleep or no-TikTok reminder the tab says is waiting is still due by the worker's own figures. */
async function stillDue(input: Awaited<ReturnType<typeof limitToday>>, kind: Exclude<ReminderKind, 'limit'>) {
  const { stretch } = await ledger.get();
  const due = decideReminder({ ...input, viewing: true, stretch });
  return due === kind || (kind === 'break' && due === 'break-running');
}

/** The browser takes over from the page: the tab to the limit page; the first time, the parents' record. */
async function takeOver(context: WorkerContext, state: ReminderState, now: number, where: Where) {
  if (!state.enforced) {
    await reminderState.set({ ...state, enforced: true });
    await recordFight(now);
  }
  await leave(context, where, 'limit');
}

/** A TikTok page opened or moved while the browser holds the line: the limit page, at once. */
export async function onTikTokNavigation(context: WorkerContext, tabId: number): Promise<void> {
  const input = await limitToday(context);
  if (input.state.enforced && limitHolds(input)) await context.sendToLimitPage(tabId, 'limit');
}

/** Kept for the parents' page: when the browser took over from a TikTok page (30 days). */
const FIGHTS_KEEP_MS = 30 * 86_400_000;
const recordFight = (now: number) =>
  pageFights.update((fights) => [...fights.filter((at) => now - at < FIGHTS_KEEP_MS), now]);

/** The hourly upkeep: the reminders' log keeps 14 days. */
export function pruneReminderLog(context: WorkerContext): Promise<void> {
  return context.serial(() => updateLog((log) => log, context.now()));
}
