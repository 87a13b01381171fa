/** Monday first, as families plan a week; the numbers are `Date.getDay()`'s (0 = Sunday). */
export const WEEK = [1, 2, 3, 4, 5, 6, 0];
export const SCHOOL_DAYS = [1, 2, 3, 4, 5];

/** A weekday's name in the page's language, from a week known to start on a Sunday (2026-11-01). */
export const weekdayName = (language: string) => (day: number, width: 'long' | 'short') =>
  new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2026, 10, 1 + day));

/** A family day (`YYYY-MM-DD`) as a reader says it: "Thursday 24 December". */
export const dateName = (language: string, day: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
