/**
 * When a helpline is open, in its own time zone, and how its hours read in the teen's: a French teen in
 * Nouméa is 10 hours ahead of the 3018, and at 23:30 in Paris it is closed whatever the teen's clock says.
 */

/** A line's opening hours in its own zone: whole hours, `to` up to 24; every day unless `days` says. */
export interface Schedule {
  zone: string;
  from: number;
  to: number;
  /** The weekdays it opens (0 = Sunday), and how they read; absent for every day. */
  days?: { list: readonly number[]; en: string; fr: string };
}

const DAY = 24 * 60;

/** A line open day and night, in each language's usual words. */
export const ALWAYS = { en: '24/7', fr: '24h/24, 7j/7' } as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * One formatter per zone: help is offered at every paint of a tip or a reminder (each second while a
 * reminder counts down), and building a formatter costs far more than using one.
 */
const clocks = new Map<string, Intl.DateTimeFormat>();
const clockOf = (zone: string) => {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    clocks.set(zone, clock);
  }
  return clock;
};

/** The wall clock of `zone` at `at`: weekday, minutes into the day, and the zone's offset from UTC. */
export function wallClock(zone: string, at: Date): { weekday: number; minutes: number; offset: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = clockOf(zone).formatToParts(at);
  } catch {
    // A zone this browser does not know: read it as UTC rather than fail where help is offered.
    return wallClock('UTC', at);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  const number = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
  const minutes = number('hour') * 60 + number('minute');
  const local = Date.UTC(number('year'), number('month') - 1, number('day'), 0, minutes);
  const offset = Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  return { weekday: WEEKDAYS.indexOf(part('weekday')), minutes, offset };
}

/** Minutes until the line next opens: 0 while it is open. */
export function minutesUntilOpen(schedule: Schedule, at: Date): number {
  const { weekday, minutes } = wallClock(schedule.zone, at);
  const opensOn = (day: number) => !schedule.days || schedule.days.list.includes(day % 7);
  if (opensOn(weekday) && minutes >= schedule.from * 60 && minutes < schedule.to * 60) return 0;
  for (let ahead = 0; ahead <= 7; ahead++) {
    const start = ahead * DAY + schedule.from * 60 - minutes;
    if (start > 0 && opensOn(weekday + ahead)) return start;
  }
  return Number.POSITIVE_INFINITY;
}

/** "9am", "7:30pm", "midnight" / « 9h », « 19h30 », « minuit ». */
export function clockTime(minutesOfDay: number, language: 'en' | 'fr'): string {
  const minutes = ((minutesOfDay % DAY) + DAY) % DAY;
  const hour = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (minutes === 0) return language === 'en' ? 'midnight' : 'minuit';
  const mm = String(rest).padStart(2, '0');
  if (language === 'fr') return `${hour}h${rest ? mm : ''}`;
  if (minutes === 12 * 60) return 'noon';
  return `${hour % 12 || 12}${rest ? `:${mm}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

const EVERY_DAY = { en: '7 days a week', fr: '7j/7' };

/**
 * The hours as the teen reads them: in the teen's own time when the clocks differ ("7pm–9am local time"),
 * or, for a line shut on some days, in the line's time and saying whose (a day would shift otherwise).
 */
export function hoursText(schedule: Schedule, language: 'en' | 'fr', at: Date, timeZone: string): string {
  const shift = wallClock(timeZone, at).offset - wallClock(schedule.zone, at).offset;
  const converted = shift !== 0 && !schedule.days;
  const from = clockTime(schedule.from * 60 + (converted ? shift : 0), language);
  const to = clockTime(schedule.to * 60 + (converted ? shift : 0), language);
  const days = schedule.days?.[language] ?? EVERY_DAY[language];
  const span = language === 'en' ? `${days}, ${from}–${to}` : `${days} de ${from} à ${to}`;
  if (shift === 0) return span;
  if (converted) return language === 'en' ? `${span} local time` : `${span}, heure locale`;
  const city = schedule.zone.split('/').pop()?.replace(/_/g, ' ') ?? schedule.zone;
  return language === 'en' ? `${span} (${city} time)` : `${span} (heure de ${city})`;
}
