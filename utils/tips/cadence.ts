import { type DayKey, isDayKey, shiftDay } from '../tracking/calendar';

/**
 * How often a view's whole tip may open. `spaced`: a view the teen opens many times a day (comments,
 * settings, messages); its tip opens whole at most once a day, then less often, and is a small chip the
 * rest of the time. `always`: a rare moment (a report, a stranger's request) that gets the whole tip each time.
 */
export type Attention = 'spaced' | 'always';

/** When a spaced tip last opened whole, and how many times it has. */
export interface TipShowings {
  lastDay: DayKey;
  count: number;
}

/** Days to wait after the 1st, 2nd and 3rd whole tip before the next; weekly after that. */
export const SPACING_DAYS = [1, 3, 7] as const;

/**
 * Whether the tip opens whole today or as a chip. A teen who sees the same card fifty times a day learns
 * to close it for good; one who sees it rarely still finds it, one click away, on the day a comment hurts.
 */
export function tipMode(attention: Attention, showings: TipShowings | undefined, today: DayKey): 'whole' | 'chip' {
  if (attention === 'always' || !showings) return 'whole';
  const wait = SPACING_DAYS[Math.min(showings.count, SPACING_DAYS.length) - 1] ?? SPACING_DAYS[0];
  return shiftDay(showings.lastDay, wait) <= today ? 'whole' : 'chip';
}

/** The record after a whole tip opened today; a second one the same day (another tab) counts once. */
export function afterWholeTip(showings: TipShowings | undefined, today: DayKey): TipShowings {
  if (showings?.lastDay === today) return showings;
  return { lastDay: today, count: (showings?.count ?? 0) + 1 };
}

/** A stored record, each entry checked: anything unreadable is forgotten (its tip opens whole once more). */
export function parseTipShowings(raw: unknown): Record<string, TipShowings> {
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([, value]) =>
        typeof value === 'object' &&
        value !== null &&
        typeof value.lastDay === 'string' &&
        isDayKey(value.lastDay) &&
        Number.isInteger(value.count) &&
        value.count > 0,
    ),
  );
}
