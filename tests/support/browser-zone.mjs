/**
 * The time zone the browser suites run in: one where it is about noon when they start, so no test meets
 * midnight or a DST change while it runs. Many tests store today's total, then read what Scrollwise does
 * with it a few seconds later; across local midnight "today" is another key, and the test fails for no
 * fault of the extension (it happened once, in a clean clone that ran over midnight). `Etc/GMT±N` zones
 * and `UTC` keep no DST, and their offsets (−12 to +14 hours) reach noon from any hour. Zone-specific tests (the
 * helplines by country) still launch a browser in a zone of their own.
 * @param {Date} [now]
 * @returns {string}
 */
export function zoneAtNoon(now = new Date()) {
  const offsetHours = 12 - now.getUTCHours();
  // POSIX signs: Etc/GMT-3 is three hours ahead of UTC. No offset is `UTC`, the name browsers report for
  // `Etc/GMT` too, so the suites can check theirs by name.
  return offsetHours === 0 ? 'UTC' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
}
