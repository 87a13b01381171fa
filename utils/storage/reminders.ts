import { isTimeAsk, type TimeAsk } from '../asks';
import { finiteList, isRecord } from '../guards';
import { freshReminderState, type ReminderState } from '../reminders/decide';
import { isLogEntry, keepRecent, type ReminderLogEntry } from '../reminders/log';
import type { DayKey } from '../tracking/calendar';
import { ledger } from './days';
import { defineStored, watchRaw } from './stored';

// Shared by every TikTok tab, so a limit or a break holds across tabs, reloads and navigation. The keys keep
// the product's first word for reminders ("nudges"): families' data is stored under them.

/**
 * Today's choices about reminders, shared by every tab; a record from another day, or unreadable, is null
 * (see `loadReminderState`).
 */
const STATE_KEY = 'nudges';
export const reminderState = /* @__PURE__ */ defineStored(`local:${STATE_KEY}`, (raw): ReminderState | null => {
  if (!isRecord(raw) || raw.v !== 1 || typeof raw.day !== 'string') return null;
  return { ...freshReminderState(raw.day), ...raw };
});

/** The asks for more time and their answers, teen's and parent's alike, each checked; 14 days, as the log. */
export const timeAsks = /* @__PURE__ */ defineStored('local:timeAsks', (raw): TimeAsk[] =>
  Array.isArray(raw) ? raw.filter(isTimeAsk) : [],
);

/** The teen's own log of reminders, every entry checked (older than 14 days: pruned by the worker). */
export const reminderLog = /* @__PURE__ */ defineStored('local:nudgeLog', (raw): ReminderLogEntry[] =>
  Array.isArray(raw) ? raw.filter(isLogEntry) : [],
);

/**
 * Today's reminder state. A record from another day starts the day fresh, unless it holds a limit reached
 * before the computer changed time zone (`limitHoldUntil`): that record stays in force until the hold ends.
 */
export async function loadReminderState(day: DayKey, now: number): Promise<ReminderState> {
  const stored = await reminderState.get();
  return stored && (stored.day === day || stored.limitHoldUntil > now) ? stored : freshReminderState(day);
}

/** Calls back when a reminder's state or the viewing stretch changes. */
export function watchReminders(callback: () => void): () => void {
  const stops = [reminderState.watch(callback), ledger.watch(callback)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Calls back when a reminder or a choice joins the log (the weekly look back's other source). */
export const watchReminderLog = (callback: () => void): (() => void) => reminderLog.watch(callback);

/**
 * Calls back when the shared reminder state changes (a choice in any tab, a limit reached). It reads
 * nothing, so TikTok's sentinel, which only needs to know, carries no reminder state's parser.
 */
export const watchReminderState = (callback: () => void): (() => void) =>
  watchRaw('local', (key) => key === STATE_KEY, callback);

/** The reminders of the last 14 days; older entries are never shown. */
export async function loadReminderLog(now: number): Promise<ReminderLogEntry[]> {
  return keepRecent(await reminderLog.get(), now);
}

/** When a TikTok page kept the limit screen from being seen and the browser took over (epoch ms), 30 days. */
export const pageFights = /* @__PURE__ */ defineStored('local:pageFights', finiteList);
