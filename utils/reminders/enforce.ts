import { quietTimeAt } from '../settings/quiet-times';
import {
  decideReminder,
  inSleepHours,
  limitAtMs,
  type ReminderInput,
  type ReminderKind,
  type ReminderState,
} from './decide';
import type { Showing } from './session';

/**
 * Viewing the worker lets through while the daily limit holds before it takes over from the page. The
 * in-page reminder covers TikTok and pauses its videos, so nothing is counted behind it; what is counted
 * past the limit comes from the heartbeat that crossed it and the slice its showing closes (30 s at most),
 * or from a page that hides the reminder and keeps a video playing.
 */
export const HELD_GRACE_MS = 45_000;

/** How far today's total is past the limit in force (five more minutes included); 0 when not past it. */
export function overLimitMs({
  settings,
  state,
  todayMs,
  day,
}: Pick<ReminderInput, 'settings' | 'state' | 'todayMs' | 'day'>) {
  const limitAt = limitAtMs(settings, state, day);
  return limitAt > 0 ? Math.max(0, todayMs - limitAt) : 0;
}

/** The daily limit holds now: reached, and not lifted by five more minutes or a safety pass. */
export const limitHolds = (input: Omit<ReminderInput, 'viewing' | 'stretch'>): boolean =>
  decideReminder({ ...input, viewing: true, stretch: null }) === 'limit';

/**
 * What the extension's reminder page shows, for the reminder the worker sent the tab there for (`asked`):
 * the daily limit while it holds, whatever else was asked; a break, sleep or no-TikTok reminder until the
 * teen has answered it here or its hours are over, and a chosen break while it counts down; null once the
 * tab can go back to TikTok.
 */
export function heldReminder(
  asked: ReminderKind,
  answered: boolean,
  input: Omit<ReminderInput, 'viewing' | 'stretch'>,
): Showing | null {
  if (limitHolds(input)) return 'limit';
  if (asked === 'limit') return null;
  if (input.state.breakUntil > input.now) return 'break-running';
  const { now, settings } = input;
  const over =
    (asked === 'quiet' && !quietTimeAt(now, settings)) ||
    (asked === 'sleep' && !(settings.sleep.enabled && inSleepHours(now, settings.sleep)));
  return answered || over ? null : asked;
}

/**
 * After `creditedMs` more of viewing in a tab: the reminder state to keep, and whether the tab goes to the
 * extension's limit page. Only the part past the limit counts (`overMs`: how far today's total is past
 * it). Once enforced, the limit page stays the answer until a choice lifts the limit.
 */
export function afterViewing(
  state: ReminderState,
  holds: boolean,
  creditedMs: number,
  overMs: number,
): { state: ReminderState; enforce: boolean } {
  if (!holds) return { state: { ...state, heldMs: 0, enforced: false }, enforce: false };
  const heldMs = state.heldMs + Math.min(creditedMs, Math.max(0, overMs));
  const enforce = state.enforced || heldMs > HELD_GRACE_MS;
  return { state: { ...state, heldMs, enforced: enforce }, enforce };
}
