import { isRecord } from '../guards';
import { freshNudgeState, type NudgeState } from '../nudges/decide';
import { isLogEntry, keepRecent, type NudgeLogEntry } from '../nudges/log';
import type { DayKey } from '../tracking/calendar';
import { ledger } from './days';
import { defineStored } from './stored';

// Shared by every TikTok tab, so a limit or a break holds across tabs, reloads and navigation.

/**
 * Today's choices about reminders, shared by every tab; a record from another day, or unreadable, is null
 * (see `loadNudgeState`).
 */
export const nudgeState = defineStored('local:nudges', (raw): NudgeState | null => {
  if (!isRecord(raw) || raw.v !== 1 || typeof raw.day !== 'string') return null;
  return { ...freshNudgeState(raw.day), ...raw };
});

/** The teen's own log of reminders, every entry checked (older than 14 days: pruned by the worker). */
export const nudgeLog = defineStored('local:nudgeLog', (raw): NudgeLogEntry[] =>
  Array.isArray(raw) ? raw.filter(isLogEntry) : [],
);

/**
 * Today's nudge state. A record from another day starts the day fresh, unless it holds a limit reached
 * before the computer changed time zone (`limitHoldUntil`): that record stays in force until the hold ends.
 */
export async function loadNudgeState(day: DayKey, now: number): Promise<NudgeState> {
  const stored = await nudgeState.get();
  return stored && (stored.day === day || stored.limitHoldUntil > now) ? stored : freshNudgeState(day);
}

/** Calls back when a reminder's state or the viewing stretch changes. */
export function watchNudges(callback: () => void): () => void {
  const stops = [nudgeState.watch(callback), ledger.watch(callback)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** The reminders of the last 14 days; older entries are never shown. */
export async function loadNudgeLog(now: number): Promise<NudgeLogEntry[]> {
  return keepRecent(await nudgeLog.get(), now);
}
