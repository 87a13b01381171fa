import { limitMinOn, type Settings, type SleepHours } from '../settings';
import { minuteRanges, minutesOf, quietTimeAt } from '../settings/quiet-times';
import { BREAK_AWAY_MS, type Stretch } from '../tracking/ledger';

export type ReminderKind = 'break' | 'limit' | 'sleep' | 'quiet' | 'door';
export const REMINDER_KINDS: readonly ReminderKind[] = ['break', 'limit', 'sleep', 'quiet', 'door'];
export type ReminderChoice = 'break' | 'close' | 'continue' | 'extra' | 'ask';

/** Extra time the teen can take once a day when the daily limit is reached. */
export const EXTRA_MS = 5 * 60_000;
export const BREAK_MS = 5 * 60_000;
/** How often the wind-down reminder (and a no-TikTok time's) comes back while it holds. */
export const SLEEP_REPEAT_MS = 30 * 60_000;
/** From this long into sleep hours, a wind-down reminder the teen already had comes back plainer. */
export const SLEEP_LATE_MS = 60 * 60_000;
/** The pause before the daily limit's options unlock. */
export const LIMIT_PAUSE_MS = 10_000;
/** The pause at the door before "Open TikTok" unlocks ("Close TikTok" never waits), and how often it comes. */
export const DOOR_PAUSE_MS = 5_000;
export const DOOR_EVERY_MS = 10 * 60_000;
/** How long before the daily limit a small note says how much is left: once a day, never a countdown. */
export const LIMIT_WARNING_MS = 5 * 60_000;
/**
 * A safety pass, from the daily-limit screen, lifts the reminders for a while where TikTok's report and
 * block tools are (a video's or a profile's page, the messages, the settings), never on a feed. It is
 * time-boxed and counted, shown while it runs, and kept in the log the teen and the parents both see, so it
 * cannot become a quiet way around the limit.
 */
export const SAFETY_PASS_MS = 10 * 60_000;
export const SAFETY_PASSES_PER_DAY = 3;

/** What the teen chose so far today, shared by every TikTok tab (stored). */
export interface ReminderState {
  v: 1;
  /** The day these choices belong to; a new day starts clean. */
  day: string;
  extraTaken: boolean;
  /** A break is running until then: TikTok stays hidden in every tab. */
  breakUntil: number;
  /** "Keep watching" on a break reminder: the stretch it was said in, and its length then. */
  breakSnooze: { stretchStart: number; atMs: number } | null;
  lastSleepNudgeAt: number;
  /** When a no-TikTok time's reminder was last answered; one from before the window started counts for none. */
  quietNudgedAt: number;
  /** When TikTok was last met with the pause at the door, and when the teen last answered it. */
  doorAt: number;
  doorAnsweredAt: number;
  /** Five more minutes run until then (wall clock; only read while a limit is held, see below). */
  extraUntil: number;
  /**
   * Today's viewing when five more minutes were given: they run for five minutes of viewing from then,
   * whatever the limit is now (a parent may have lowered it below today's total) or becomes.
   */
  extraFromMs: number;
  /** Today's viewing up to which a parent's answer to an ask lifts the limit (utils/reminders/asks.ts); 0: none. */
  grantedUntilMs: number;
  /**
   * The end of the day the limit was reached on, in the time zone of then. Until it passes, a new "today"
   * (the computer moved to another zone) does not lift the limit; the next real day starts fresh.
   */
  limitHoldUntil: number;
  safetyUntil: number;
  safetyPasses: number;
  /** When today's "5 minutes left" note was shown; 0 until it has been. */
  limitWarnedAt: number;
  /**
   * Viewing counted while the daily limit held and nothing lifted it: a page keeping its video playing
   * behind a hidden reminder (utils/reminders/enforce.ts).
   */
  heldMs: number;
  /** The browser took over: TikTok tabs go to the extension's own limit page until a choice lifts it. */
  enforced: boolean;
}

export const freshReminderState = (day: string): ReminderState => ({
  v: 1,
  day,
  extraTaken: false,
  breakUntil: 0,
  breakSnooze: null,
  lastSleepNudgeAt: 0,
  quietNudgedAt: 0,
  doorAt: 0,
  doorAnsweredAt: 0,
  extraUntil: 0,
  extraFromMs: 0,
  grantedUntilMs: 0,
  limitHoldUntil: 0,
  safetyUntil: 0,
  safetyPasses: 0,
  limitWarnedAt: 0,
  heldMs: 0,
  enforced: false,
});

export interface ReminderInput {
  now: number;
  /** Today's key; a state from another day is a limit still held across a time-zone change. */
  day: string;
  settings: Settings;
  todayMs: number;
  stretch: Stretch | null;
  state: ReminderState;
  /** This tab is counting right now (a reminder only interrupts someone who is watching). */
  viewing: boolean;
  /** The page is one of TikTok's feeds, where a safety pass lifts nothing; false where it is unknown. */
  onFeed?: boolean;
}

/**
 * Today's viewing at which the daily limit holds: the limit, or the end of five more minutes or of the time
 * a parent gave when they run later; 0 with no limit.
 */
export function limitAtMs(settings: Settings, state: ReminderState, day: string): number {
  const limitMs = limitMinOn(settings, day) * 60_000;
  if (limitMs <= 0) return 0;
  const extraEnd = state.extraTaken ? state.extraFromMs + EXTRA_MS : 0;
  return Math.max(limitMs, extraEnd, state.grantedUntilMs);
}

/**
 * The reminder to show now, if any; `break-running` while a chosen break counts down. The daily limit comes
 * first, then sleep hours, then the break reminder; a running safety pass holds them all, except on a feed.
 */
export function decideReminder(input: ReminderInput): ReminderKind | 'break-running' | null {
  const { now, settings, state } = input;
  if (state.safetyUntil > now && !input.onFeed) return null;
  if (state.breakUntil > now) return 'break-running';
  const limitAt = limitAtMs(settings, state, input.day);
  if (limitAt > 0 && input.todayMs >= limitAt) return 'limit';
  if (limitAt > 0 && state.day !== input.day && state.limitHoldUntil > now && now >= state.extraUntil) return 'limit';
  // The pause at the door waits for its answer, in whatever tab is open (utils/reminders/door.ts opens it).
  if (state.doorAt > state.doorAnsweredAt && settings.doorPause) return 'door';
  if (!input.viewing) return null;
  if (settings.sleep.enabled && inSleepHours(now, settings.sleep) && nudgeDue(state.lastSleepNudgeAt, now))
    return 'sleep';
  const quiet = quietTimeAt(now, settings);
  if (quiet && nudgeDue(Math.max(state.quietNudgedAt, quiet.startsAt - SLEEP_REPEAT_MS), now)) return 'quiet';
  if (settings.breakEveryMin > 0 && breakDue(input.stretch, state.breakSnooze, settings.breakEveryMin * 60_000, now))
    return 'break';
  return null;
}

/**
 * The note before the daily limit is due: the teen is watching, within five minutes of the limit, and has
 * not had it today (nor five more minutes, which are a short stretch of their own).
 */
export function limitWarningDue(input: ReminderInput): boolean {
  const limitAt = limitAtMs(input.settings, input.state, input.day);
  const { state, todayMs } = input;
  if (limitAt === 0 || !input.viewing || state.limitWarnedAt > 0 || state.extraTaken) return false;
  return todayMs >= limitAt - LIMIT_WARNING_MS && todayMs < limitAt;
}

/** How long the teen has been watching on end at `now`: 0 once away long enough for a break. */
export const stretchLength = (stretch: Stretch | null, now: number): number =>
  stretch && now - stretch.last < BREAK_AWAY_MS ? stretch.last - stretch.start : 0;

function breakDue(
  stretch: Stretch | null,
  snooze: ReminderState['breakSnooze'],
  everyMs: number,
  now: number,
): boolean {
  const length = stretchLength(stretch, now);
  if (!stretch || length === 0) return false;
  const from = snooze && snooze.stretchStart === stretch.start ? snooze.atMs : 0;
  return length >= from + everyMs;
}

/**
 * A reminder last answered at `at` comes back after the repeat time; a time ahead of the clock (set back
 * since) counts as long ago, so no rule is lost to a clock change.
 */
const nudgeDue = (at: number, now: number) => now - at >= SLEEP_REPEAT_MS || at > now;

/** Whether local time `now` falls in the sleep hours; a range like 22:00–07:00 crosses midnight. */
export function inSleepHours(now: number, sleep: SleepHours): boolean {
  const date = new Date(now);
  const minutes = date.getHours() * 60 + date.getMinutes();
  return minuteRanges(sleep).some(([from, to]) => minutes >= from && minutes < to);
}

/**
 * The wind-down reminder grows plainer later in the night, as TikTok's own Wind Down does: an hour or more
 * into tonight's sleep hours, once the teen already had one tonight. The first of the night stays gentle.
 */
export function sleepIsLate(now: number, sleep: SleepHours, lastNudgeAt: number): boolean {
  if (!inSleepHours(now, sleep)) return false;
  const date = new Date(now);
  const startToday = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, minutesOf(sleep.start));
  // Past midnight, tonight's sleep hours began yesterday.
  if (startToday.getTime() > now) startToday.setDate(startToday.getDate() - 1);
  const began = startToday.getTime();
  return now - began >= SLEEP_LATE_MS && lastNudgeAt >= began && lastNudgeAt <= now;
}

/**
 * The state after the teen's choice (the caller stores it and logs the choice); `todayMs` is today's
 * viewing, from which five more minutes run.
 */
export function applyChoice(
  state: ReminderState,
  kind: ReminderKind,
  choice: ReminderChoice,
  now: number,
  stretch: Stretch | null,
  todayMs = 0,
): ReminderState {
  const next = { ...state };
  if (kind === 'sleep') next.lastSleepNudgeAt = now;
  if (kind === 'quiet') next.quietNudgedAt = now;
  if (kind === 'door') next.doorAnsweredAt = now;
  if (choice === 'break') next.breakUntil = now + BREAK_MS;
  if (choice === 'extra') {
    next.extraTaken = true;
    next.extraUntil = now + EXTRA_MS;
    next.extraFromMs = todayMs;
    next.heldMs = 0;
    next.enforced = false;
  }
  if (kind === 'break' && choice === 'continue' && stretch)
    next.breakSnooze = { stretchStart: stretch.start, atMs: stretch.last - stretch.start };
  return next;
}

/** Whether a safety pass can start now: none running and some left today. */
export function safetyPassAvailable(state: ReminderState, now: number): boolean {
  return state.safetyUntil <= now && state.safetyPasses < SAFETY_PASSES_PER_DAY;
}
