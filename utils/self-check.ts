const DAY_MS = 86_400_000;
/** A view unseen this long, while TikTok was used on enough days, means its markup probably moved. */
const STALE_AFTER_DAYS = 7;
const ACTIVE_DAYS_NEEDED = 5;

/**
 * Views that Scrollwise used to recognize but has not for a week, although TikTok was used on several of
 * those days. A view never seen is not flagged (the teen may simply never have opened it), nor is one
 * unseen during a week without TikTok.
 */
export function staleViews<Id extends string>(
  lastSeen: Partial<Record<Id, number>>,
  activeDayStarts: readonly number[],
  now: number,
): { view: Id; days: number }[] {
  const stale: { view: Id; days: number }[] = [];
  for (const [view, at] of Object.entries(lastSeen) as [Id, number][]) {
    const days = Math.floor((now - at) / DAY_MS);
    if (days < STALE_AFTER_DAYS) continue;
    const activeSince = activeDayStarts.filter((start) => start > at).length;
    if (activeSince >= ACTIVE_DAYS_NEEDED) stale.push({ view, days });
  }
  return stale.sort((a, b) => b.days - a.days);
}
