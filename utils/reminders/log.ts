import { REMINDER_KINDS, type ReminderChoice, type ReminderKind } from './decide';

/** One reminder shown, and what the teen chose (if anything yet). Kept 14 days, for the teen's own eyes. */
export interface ReminderLogEntry {
  at: number;
  kind: ReminderKind;
  /** `safety`: a safety pass, to report or block someone (taken from the limit or while reporting). */
  choice: ReminderChoice | 'safety' | null;
}

export const LOG_KEEP_MS = 14 * 86_400_000;

/** The entries still within the 14 days the log keeps (an entry dated in the future is dropped too). */
export function keepRecent<T extends { at: number }>(log: readonly T[], now: number): T[] {
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

/**
 * How often `choice` was made in the last 7 days (on a reminder of `kind`, when given): breaks taken and
 * TikTok closed at the door (the popup's counts of what went well), and safety passes used (shown to the
 * teen and the parents alike).
 */
export const choicesThisWeek = (
  log: readonly ReminderLogEntry[],
  now: number,
  choice: NonNullable<ReminderLogEntry['choice']>,
  kind?: ReminderKind,
): number => whenThisWeek(kind ? log.filter((entry) => entry.kind === kind) : log, now, choice).length;

/** When `choice` was made in the last 7 days (the options page lists the safety passes for parents). */
export const whenThisWeek = (
  log: readonly ReminderLogEntry[],
  now: number,
  choice: NonNullable<ReminderLogEntry['choice']>,
): number[] => log.filter((item) => now - item.at < 7 * 86_400_000 && item.choice === choice).map((item) => item.at);

export function isLogEntry(value: unknown): value is ReminderLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.at === 'number' &&
    REMINDER_KINDS.includes(entry.kind as ReminderKind) &&
    (entry.choice === null || ['break', 'close', 'continue', 'extra', 'ask', 'safety'].includes(entry.choice as string))
  );
}
