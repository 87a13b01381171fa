import type { Messages } from '../i18n';
import type { ReplyTo } from '../requests';
import {
  DOOR_PAUSE_MS,
  decideReminder,
  LIMIT_PAUSE_MS,
  limitWarningDue,
  REMINDER_KINDS,
  type ReminderInput,
  type ReminderKind,
} from './decide';

/**
 * What the reminder layer shows: a reminder, the break's countdown, or a small note at the page's edge (a
 * safety pass running, or a few minutes left before the daily limit).
 */
export type Showing = ReminderKind | 'break-running' | 'safety-running' | 'limit-soon';

/** What `decideReminder` reads (`viewing`: the sensor counts TikTok time now), and what is on the page. */
export interface ReminderSituation extends ReminderInput {
  /** TikTok's report flow (or its tip) is on screen. */
  reportOpen: boolean;
  showing: Showing | null;
}

export type ReminderStep =
  | { do: 'show'; kind: Showing }
  /** `resume`: the videos the reminder paused play again (the teen took the extra time). */
  | { do: 'hide'; resume: boolean }
  | { do: 'repaint' }
  | { do: 'nothing' };

/**
 * The reminder layer's next step, from the worker's figures and the shared state. Pure and clock-free
 * (`now` is given), so every transition is unit-tested.
 */
export function nextReminderStep(situation: ReminderSituation): ReminderStep {
  const { now, state, showing } = situation;
  // A reminder already up keeps counting as viewing: it is on TikTok's page, covering it.
  const due = decideReminder({ ...situation, viewing: situation.viewing || showing !== null });
  // TikTok's report flow is on screen: safety first, it is never covered; the reminder waits for it.
  if (due && due !== 'break-running' && situation.reportOpen) {
    return showing && showing !== 'safety-running' ? { do: 'hide', resume: false } : { do: 'nothing' };
  }
  const viewing = situation.viewing || showing === 'limit-soon';
  const next: Showing | null =
    due ??
    (state.safetyUntil > now && !situation.onFeed
      ? 'safety-running'
      : limitWarningDue({ ...situation, viewing })
        ? 'limit-soon'
        : null);
  if (!next) return showing ? { do: 'hide', resume: showing === 'limit' && state.extraTaken } : { do: 'nothing' };
  return showing === next ? { do: 'repaint' } : { do: 'show', kind: next };
}

/** Covering reminders pause the videos and take the sensor off; the notes at the page's edge do neither. */
export const covers = (kind: Showing): boolean => kind !== 'safety-running' && kind !== 'limit-soon';

/**
 * The reminder still waiting for the teen (or being kept) when `kind` is up: a running break keeps the
 * break reminder's answer; the safety pass's note waits for nothing.
 */
export function waitingReminder(kind: Showing): ReminderKind | null {
  if (kind === 'safety-running' || kind === 'limit-soon') return null;
  return kind === 'break-running' ? 'break' : kind;
}

/** A new reminder takes focus to its heading; the break's countdown, replacing its reminder, leaves focus be. */
export const takesFocus = (kind: Showing, first: boolean): boolean =>
  covers(kind) && (first || kind !== 'break-running');

/** Reminders the teen's log records when they appear. */
export const isLogged = (kind: Showing): kind is ReminderKind => REMINDER_KINDS.includes(kind as ReminderKind);

/**
 * Seconds left in a reminder's pause before its ways to stay unlock: the daily limit's, or the shorter one
 * at the door; 0 for the others, whose choices are open at once.
 */
export function pauseLeftSeconds(kind: Showing, since: number, now: number): number {
  const pauseMs = kind === 'limit' ? LIMIT_PAUSE_MS : kind === 'door' ? DOOR_PAUSE_MS : 0;
  return Math.max(0, Math.ceil((since + pauseMs - now) / 1000));
}

/** What the limit screen says when the worker refused five more minutes; empty when it says nothing. */
export function extraTimeError(
  reason: Extract<ReplyTo<'scrollwise/extra-time'>, { ok: false }>['error'],
  copy: Messages['reminder']['limit'],
): string {
  if (reason === 'pin-window') return copy.pinWindow;
  if (reason === 'already-taken') return copy.extraUsed;
  return '';
}
