import { isRecord } from '../guards';
import type { ReminderState } from '../reminders/decide';

/**
 * Asking for more time at the daily limit: the teen picks 15 or 30 minutes and may say why, in the
 * extension's own window; a parent answers there (or on the options page) with the PIN. Every ask and its
 * answer stays in a list teen and parent both see, 14 days, like the reminders' log.
 */
export const ASK_MINUTES = [15, 30] as const;
export type AskMinutes = (typeof ASK_MINUTES)[number];
/** A teen can ask three times a day: enough for a real need, not a way to nag. */
export const ASKS_PER_DAY = 3;
export const ASK_REASON_MAX = 80;

export interface TimeAsk {
  /** Random, so a page that saw one cannot guess the next. */
  id: string;
  at: number;
  /** The family day it was asked on: an answer only ever lifts that day's limit. */
  day: string;
  minutes: AskMinutes;
  /** The teen's own words, or empty. */
  reason: string;
  answer: 'approved' | 'declined' | null;
  answeredAt: number;
}

export const isAskMinutes = (value: unknown): value is AskMinutes => ASK_MINUTES.includes(value as AskMinutes);

/** The reason as kept: spaces trimmed, nothing hidden in it; null when it is not text or too long. */
export function cleanReason(value: unknown): string | null {
  if (value === undefined) return '';
  if (typeof value !== 'string') return null;
  const text = value.replace(/\p{Cc}/gu, ' ').trim();
  return text.length <= ASK_REASON_MAX ? text : null;
}

export function isTimeAsk(value: unknown): value is TimeAsk {
  if (!isRecord(value)) return false;
  const { id, at, day, minutes, reason, answer, answeredAt } = value;
  return (
    typeof id === 'string' &&
    typeof at === 'number' &&
    typeof day === 'string' &&
    isAskMinutes(minutes) &&
    typeof reason === 'string' &&
    (answer === null || answer === 'approved' || answer === 'declined') &&
    typeof answeredAt === 'number'
  );
}

/** Today's ask still waiting for an answer, if any. */
export const pendingAsk = (asks: readonly TimeAsk[], day: string): TimeAsk | undefined =>
  asks.find((ask) => ask.day === day && ask.answer === null);

export const asksOn = (asks: readonly TimeAsk[], day: string): number => asks.filter((ask) => ask.day === day).length;

/**
 * The reminder state once a parent gave `minutes`: that much viewing from now, on top of any time given
 * before that has not run out, whatever the limit is; a take-over by the browser ends with it.
 */
export function grantAsk(state: ReminderState, minutes: AskMinutes, todayMs: number): ReminderState {
  return {
    ...state,
    grantedUntilMs: Math.max(todayMs, state.grantedUntilMs) + minutes * 60_000,
    heldMs: 0,
    enforced: false,
  };
}
