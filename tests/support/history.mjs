// Seven days of plausible viewing history, for the demo and the popup tests. Local dates, today last.

/** `YYYY-MM-DD` of the local day `daysAgo` before today. */
export function localDay(daysAgo, now = new Date()) {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, 12);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Day records keyed as stored (`day:YYYY-MM-DD`): minutes per day, oldest first, spread over a few hours;
 * with `counters`, the weekly look back's too (times opened, longest time on end, the same every day).
 * @returns {Record<string, object>}
 */
export function seededWeek(minutesPerDay = [35, 52, 18, 74, 41, 63, 27], now = new Date(), counters = null) {
  const records = {};
  minutesPerDay.forEach((minutes, index) => {
    const totalMs = minutes * 60_000;
    const hours = Array.from({ length: 24 }, () => 0);
    const evening = [17, 18, 21, 22, 23];
    evening.forEach((hour) => {
      hours[hour] = Math.round(totalMs / evening.length);
    });
    hours[17] += totalMs - hours.reduce((sum, value) => sum + value, 0);
    const watchingMs = Math.round(totalMs / 3);
    records[`day:${localDay(minutesPerDay.length - 1 - index, now)}`] = {
      v: 1,
      totalMs,
      engagedMs: totalMs - watchingMs,
      watchingMs,
      hours,
      tzOffsetMin: -now.getTimezoneOffset(),
      ...(counters ? { opens: counters.opens, longestMs: Math.min(counters.longestMin, minutes) * 60_000 } : {}),
    };
  });
  return records;
}

/** A worker ledger saying the teen has watched `minutes` on end, up to now. */
export const stretchOf = (minutes, now = Date.now()) => ({
  ledger: { v: 1, spans: [], sessions: {}, stretch: { start: now - minutes * 60_000, last: now } },
});
