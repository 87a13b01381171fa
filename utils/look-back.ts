import type { ReminderLogEntry } from './reminders/log';
import type { SleepHours } from './settings';
import { minuteRanges } from './settings/quiet-times';
import { type DayKey, dayKeyOf, shiftDay } from './tracking/calendar';
import type { DayRecord } from './tracking/day-record';

/**
 * The weekly look back: the last 7 family days against the 7 before, from the day records' counters and
 * the reminders' log. The same figures for the teen and the parents; no score, nothing ranked.
 */

/** What a teen chose on a reminder, as the look back counts it. */
export const LOOK_BACK_CHOICES = ['close', 'break', 'continue', 'extra', 'ask', 'safety'] as const;
export type LookBackChoice = (typeof LOOK_BACK_CHOICES)[number];

export interface WeekFigures {
  totalMs: number;
  /** Viewing within the sleep hours, read from each day's hour buckets. */
  nightMs: number;
  /** Times TikTok was opened: a stretch of viewing begun after 5 minutes away. */
  opens: number;
  longestMs: number;
  /** Reminders shown (the daily limit, breaks, sleep, no-TikTok times). */
  reminders: number;
  choices: Record<LookBackChoice, number>;
}

/** Minutes of local clock hour `hour` that fall within the sleep hours (which may cross midnight). */
export function nightMinutesOf(hour: number, sleep: Pick<SleepHours, 'start' | 'end'>): number {
  const from = hour * 60;
  return minuteRanges(sleep).reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, from + 60) - Math.max(a, from)), 0);
}

function figuresOf(
  days: readonly DayKey[],
  records: Readonly<Record<DayKey, DayRecord | null>>,
  log: readonly ReminderLogEntry[],
  sleep: Pick<SleepHours, 'start' | 'end'>,
  dayStartHour: number,
): WeekFigures {
  const figures: WeekFigures = {
    totalMs: 0,
    nightMs: 0,
    opens: 0,
    longestMs: 0,
    reminders: 0,
    choices: { close: 0, break: 0, continue: 0, extra: 0, ask: 0, safety: 0 },
  };
  for (const day of days) {
    const record = records[day];
    if (!record) continue;
    figures.totalMs += record.totalMs;
    figures.nightMs += record.hours.reduce((sum, ms, hour) => sum + (ms * nightMinutesOf(hour, sleep)) / 60, 0);
    figures.opens += record.opens ?? 0;
    figures.longestMs = Math.max(figures.longestMs, record.longestMs ?? 0);
  }
  for (const entry of log) {
    if (!days.includes(dayKeyOf(entry.at, dayStartHour))) continue;
    figures.reminders += 1;
    if (entry.choice) figures.choices[entry.choice] += 1;
  }
  figures.nightMs = Math.round(figures.nightMs);
  return figures;
}

/** This week (the 7 family days to `today`) and the week before, by the same rules. */
export function lookBack(
  records: Readonly<Record<DayKey, DayRecord | null>>,
  log: readonly ReminderLogEntry[],
  { sleep, dayStartHour }: { sleep: Pick<SleepHours, 'start' | 'end'>; dayStartHour: number },
  today: DayKey,
): { thisWeek: WeekFigures; lastWeek: WeekFigures } {
  const week = (from: number) => Array.from({ length: 7 }, (_, offset) => shiftDay(today, -(from + offset)));
  return {
    thisWeek: figuresOf(week(0), records, log, sleep, dayStartHour),
    lastWeek: figuresOf(week(7), records, log, sleep, dayStartHour),
  };
}
