import type { ReminderChoice, ReminderKind } from './decide';

/** One reminder shown, and what the teen chose (if anything yet). Kept 14 days, for the teen's own eyes. */
export interface ReminderLogEntry {
  at: number;
  kind: ReminderKind;
  /** `safety`: a safety pass, to report or block someone (taken from the limit or while reporting). */
  choice: ReminderChoice | 'safety' | null;
}

export const LOG_KEEP_MS = 14 * 86_400_000;

/** The entries still within the 14 days the log keeps (an entry dated in the future is dropped too). */
export function keepRecent(log: readonly ReminderLogEntry[], now: number): ReminderLogEntry[] {
  return log.filter((item) => now - item.at < LOG_KEEP_MS && item.at <= now + 86_400_000);
}

export function appendToLog(
  log: readonly ReminderLogEntry[],
  entry: ReminderLogEntry,
  now: number,
): ReminderLogEntry[] {
  return [...keepRecent(log, now), entry];
}

/** Sets the choice of the latest entry of that kind still waiting for one. */
export function recordChoice(
  log: readonly ReminderLogEntry[],
  kind: ReminderKind,
  choice: ReminderChoice | 'safety',
): ReminderLogEntry[] {
  const index = log.findLastIndex((item) => item.kind === kind && item.choice === null);
  if (index < 0) return [...log];
  return log.map((item, position) => (position === index ? { ...item, choice } : item));
}

export interface WeekSummary {
  shown: Record<ReminderKind, number>;
  breaks: number;
  closed: number;
  continued: number;
  extra: number;
  safety: number;
}

/** This week's reminders and choices (the last 7 days), for the popup's one line. */
export function summarizeWeek(log: readonly ReminderLogEntry[], now: number): WeekSummary {
  const summary: WeekSummary = {
    shown: { break: 0, limit: 0, sleep: 0 },
    breaks: 0,
    closed: 0,
    continued: 0,
    extra: 0,
    safety: 0,
  };
  for (const item of log) {
    if (now - item.at >= 7 * 86_400_000) continue;
    if (item.choice !== 'safety') summary.shown[item.kind] += 1;
    if (item.choice === 'break') summary.breaks += 1;
    if (item.choice === 'close') summary.closed += 1;
    if (item.choice === 'continue') summary.continued += 1;
    if (item.choice === 'extra') summary.extra += 1;
    if (item.choice === 'safety') summary.safety += 1;
  }
  return summary;
}

export function isLogEntry(value: unknown): value is ReminderLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.at === 'number' &&
    ['break', 'limit', 'sleep'].includes(entry.kind as string) &&
    (entry.choice === null || ['break', 'close', 'continue', 'extra', 'safety'].includes(entry.choice as string))
  );
}
