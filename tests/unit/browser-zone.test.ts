import { zoneAtNoon } from '../support/browser-zone.mjs';

/** The hour it is in `zone` at `at`, as a browser given `TZ=zone` reads it. */
const hourIn = (zone: string, at: Date) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(at));
const dayIn = (zone: string, at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);

describe('the browser suites’ time zone', () => {
  it('is one where the suites start at noon, from any hour of the day', () => {
    for (let hour = 0; hour < 24; hour++) {
      for (const minute of [0, 59]) {
        const start = new Date(Date.UTC(2026, 2, 29, hour, minute));
        const zone = zoneAtNoon(start);
        expect([zone, hourIn(zone, start)]).toEqual([zone, 12]);
        // Named as a browser reports it (one started at 12:xx UTC once read `UTC` for `Etc/GMT`).
        expect(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone).toBe(zone);
        // A run of ten hours still ends on the day it started there.
        expect(dayIn(zone, new Date(start.getTime() + 10 * 3_600_000))).toBe(dayIn(zone, start));
      }
    }
  });

  it('keeps no daylight saving time, so the suites meet no DST change either', () => {
    const zone = zoneAtNoon(new Date(Date.UTC(2026, 9, 25, 1, 30)));
    const offsets = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)].map(
      (at) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')?.value,
    );
    expect(offsets).toEqual(['GMT+11:00', 'GMT+11:00']);
  });
});
