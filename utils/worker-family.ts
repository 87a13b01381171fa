/**
 * The worker's side of the parent lock and the screen-time reminders. Every PIN is checked here, never in
 * a page, and every change runs in the worker's one queue (`context.serial`): two guesses at once cannot
 * both escape the back-off, and two tabs writing the reminders' state cannot lose each other's update.
 */

import { createPinRecord, isAcceptableSecret, tryUnlock } from './parent-lock';
import {
  applyChoice,
  type ReminderChoice,
  type ReminderKind,
  SAFETY_PASS_MS,
  safetyPassAvailable,
} from './reminders/decide';
import { appendToLog, keepRecent, type ReminderLogEntry, recordChoice } from './reminders/log';
import {
  ledger,
  loadLock,
  loadReminderState,
  loadSettings,
  localLock,
  reminderLog,
  reminderState,
  saveLockAttempts,
} from './storage';
import { unlockedUntil } from './storage/session';
import { dayKeyOf, nextDayStart } from './tracking/calendar';
import type { WorkerContext, WorkerReply } from './worker-messages';

/** Changes the teen's reminder log, dropping what is past the 14 days it keeps. */
const updateLog = (change: (log: ReminderLogEntry[]) => ReminderLogEntry[], now: number) =>
  reminderLog.update((log) => change(keepRecent(log, now)));

/** How long a parent unlock lasts. */
export const UNLOCK_MS = 5 * 60_000;
/** A reminder shown again within this time is the same showing (another tab, a reload): logged once. */
const SAME_SHOWING_MS = 60_000;

/** The lock in force, and whether its PIN was typed in the last few minutes: one read of each. */
async function lockNow(context: WorkerContext) {
  const [lock, until] = await Promise.all([loadLock(), unlockedUntil.get()]);
  return { lock, hasPin: lock.state.pin !== null, unlocked: until > context.now() };
}

/**
 * Refuses a data request while the parent lock holds: `pin` (export) while a PIN is set and not unlocked;
 * `pin-or-policy` (import, delete: deleting would remove the lock) also whenever a browser policy locks
 * the settings, as the pages show.
 */
export async function familyGate(context: WorkerContext, level: 'pin' | 'pin-or-policy'): Promise<WorkerReply | null> {
  const { hasPin, unlocked } = await lockNow(context);
  if (hasPin && !unlocked) return { ok: false, error: 'parent-locked' };
  if (level === 'pin-or-policy' && (await loadSettings()).policy.locked) return { ok: false, error: 'parent-locked' };
  return null;
}

/** Checks a guess with the back-off; the attempt is saved before the answer is given. */
async function checkPin(context: WorkerContext, secret: string): Promise<WorkerReply | null> {
  const now = context.now();
  const { state } = await loadLock();
  const attempt = await tryUnlock(state, secret, now);
  await saveLockAttempts(attempt.state);
  if (attempt.result === 'wait') return { ok: false, error: 'wait', waitUntil: attempt.state.waitUntil };
  if (attempt.result === 'wrong') return { ok: false, error: 'wrong-pin', waitUntil: attempt.state.waitUntil };
  return null;
}

export function onUnlock(context: WorkerContext, secret: string): Promise<WorkerReply> {
  return context.serial(async () => {
    const refused = await checkPin(context, secret);
    if (refused) return refused;
    await unlockedUntil.set(context.now() + UNLOCK_MS);
    return { ok: true };
  });
}

/**
 * Sets or changes the family's PIN: only when none is set yet, or after the current one was typed (an
 * unlock). A browser policy that locks the settings does not stand in for the PIN; a PIN from policy
 * cannot be changed here at all.
 */
export function onSetPin(context: WorkerContext, secret: string): Promise<WorkerReply> {
  return context.serial(async () => {
    if (!isAcceptableSecret(secret)) return { ok: false, error: 'weak' };
    const { lock, hasPin, unlocked } = await lockNow(context);
    if (lock.fromPolicy || (hasPin && !unlocked)) return { ok: false, error: 'parent-locked' };
    await localLock.set({ v: 1, pin: await createPinRecord(secret), failures: 0, waitUntil: 0 });
    await unlockedUntil.set(0);
    return { ok: true };
  });
}

export function onRemovePin(context: WorkerContext): Promise<WorkerReply> {
  return context.serial(async () => {
    const { lock, unlocked } = await lockNow(context);
    if (lock.fromPolicy || !unlocked) return { ok: false, error: 'parent-locked' };
    await localLock.set({ v: 1, pin: null, failures: 0, waitUntil: 0 });
    return { ok: true };
  });
}

/** The PIN record, to copy into a browser policy: only while unlocked, so only someone who knows the PIN. */
export async function onPinRecord(context: WorkerContext): Promise<WorkerReply> {
  const { lock, unlocked } = await lockNow(context);
  if (!lock.state.pin || !unlocked) return { ok: false, error: 'parent-locked' };
  return { ok: true, pinRecord: lock.state.pin };
}

async function today(context: WorkerContext) {
  const now = context.now();
  const { dayStartHour } = (await loadSettings()).settings;
  const day = dayKeyOf(now, dayStartHour);
  return { now, dayStartHour, day, state: await loadReminderState(day, now) };
}

/** Five more minutes, once a day; with a PIN set, the tab cannot have it: the PIN window opens instead. */
export function onTabExtraTime(context: WorkerContext): Promise<WorkerReply> {
  return context.serial(async () => {
    if ((await loadLock()).state.pin) {
      await context.openPinWindow();
      return { ok: false, error: 'pin-window' };
    }
    return grantExtra(context);
  });
}

/** From the PIN window: the parent's PIN, checked with the back-off, then five more minutes. */
export function onGrantExtra(context: WorkerContext, secret: string): Promise<WorkerReply> {
  return context.serial(async () => {
    if ((await today(context)).state.extraTaken) return { ok: false, error: 'already-taken' };
    const refused = await checkPin(context, secret);
    return refused ?? grantExtra(context);
  });
}

async function grantExtra(context: WorkerContext): Promise<WorkerReply> {
  const { now, state } = await today(context);
  if (state.extraTaken) return { ok: false, error: 'already-taken' };
  await reminderState.set(applyChoice(state, 'limit', 'extra', now, null));
  await updateLog((log) => recordChoice(log, 'limit', 'extra'), now);
  return { ok: true };
}

/** A reminder came up in a tab: logged once per showing; a limit is held until the day's real end. */
export function onReminderShown(context: WorkerContext, kind: ReminderKind): Promise<WorkerReply> {
  return context.serial(async () => {
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
    return { ok: true };
  });
}

export function onReminderChoice(
  context: WorkerContext,
  kind: ReminderKind,
  choice: Exclude<ReminderChoice, 'extra'>,
): Promise<WorkerReply> {
  return context.serial(async () => {
    const { now, state } = await today(context);
    await reminderState.set(applyChoice(state, kind, choice, now, (await ledger.get()).stretch));
    await updateLog((log) => recordChoice(log, kind, choice), now);
    return { ok: true };
  });
}

/** Ten minutes without reminders to report or block someone; three a day, each in the teen's log. */
export function onSafetyPass(context: WorkerContext): Promise<WorkerReply> {
  return context.serial(async () => {
    const { now, state } = await today(context);
    if (state.safetyUntil > now) return { ok: true };
    if (!safetyPassAvailable(state, now)) return { ok: false, error: 'no-passes' };
    await reminderState.set({ ...state, safetyUntil: now + SAFETY_PASS_MS, safetyPasses: state.safetyPasses + 1 });
    await updateLog((log) => appendToLog(log, { at: now, kind: 'limit', choice: 'safety' }, now), now);
    return { ok: true };
  });
}

/** The hourly upkeep: the reminders' log keeps 14 days. */
export function pruneReminderLog(context: WorkerContext): Promise<void> {
  return context.serial(async () => {
    const now = context.now();
    await reminderLog.update((log) => keepRecent(log, now));
  });
}
