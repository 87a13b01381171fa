import { isRecord } from '../guards';
import { type CountryCode, isCountryCode } from '../helplines/countries';
import { isTime, type QuietTime, type QuietTimeError, quietTimesProblem } from './quiet-times';
import { isDaysOff, isWeekend, rulesDayOf } from './week';

/** Tip themes the teen or a parent can turn on and off; each covers one or more views. */
export const TIP_THEMES = ['comments', 'reporting', 'privacy', 'screenTime', 'messages', 'feed'] as const;
export type TipTheme = (typeof TIP_THEMES)[number];

export const LANGUAGES = ['auto', 'en', 'fr'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

export interface SleepHours {
  enabled: boolean;
  /** Local "HH:MM"; the range may cross midnight (22:00 → 07:00). */
  start: string;
  end: string;
}

export interface Settings {
  tips: Record<TipTheme, boolean>;
  language: LanguageSetting;
  helplineCountry: 'auto' | CountryCode;
  /** 0 = no limit; otherwise 15–360 minutes of viewing a day (every day, or school days with a weekend limit). */
  dailyLimitMin: number;
  /** Saturdays' and Sundays' limit, the same range; null = the daily limit every day. */
  weekendLimitMin: number | null;
  /**
   * A day's own limit, by weekday (0 = Sunday … 6 = Saturday), over the school-day or weekend one; null
   * where the day follows those.
   */
  dayLimitsMin: (number | null)[];
  /** Family days (`YYYY-MM-DD`) a parent made days off: Saturday's rules hold on them. */
  daysOff: string[];
  /** 0 = no reminder; otherwise a break reminder after 10–120 minutes of continuous viewing. */
  breakEveryMin: number;
  sleep: SleepHours;
  /** No-TikTok times besides sleep hours (homework, dinner), each reminded at its start. */
  quietTimes: QuietTime[];
  /**
   * Family sharing, off until a parent turns it on: daily totals per computer go through the browser
   * account's own sync to the family's other computers, and the limit counts them all (utils/sharing/).
   */
  familySharing: boolean;
  /** A 5-second pause when TikTok is opened, Close TikTok first (off by default; at most every 10 minutes). */
  doorPause: boolean;
  /** The hour a new day starts (0–6): night owls' 1 am belongs to the evening before. */
  dayStartHour: number;
}

export const DEFAULT_SETTINGS: Settings = {
  tips: { comments: true, reporting: true, privacy: true, screenTime: true, messages: true, feed: true },
  language: 'auto',
  helplineCountry: 'auto',
  dailyLimitMin: 0,
  weekendLimitMin: null,
  dayLimitsMin: [null, null, null, null, null, null, null],
  daysOff: [],
  breakEveryMin: 0,
  sleep: { enabled: false, start: '22:00', end: '07:00' },
  quietTimes: [],
  doorPause: false,
  familySharing: false,
  dayStartHour: 0,
};

/** Why a value is refused, as a key of the copy's `errors` section. */
export type SettingError =
  | 'limit-range'
  | 'break-range'
  | 'time-format'
  | 'day-start-range'
  | 'choice'
  | 'days-off'
  | QuietTimeError;

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isLimit = (value: unknown) => isWhole(value) && (value === 0 || (value >= 15 && value <= 360));

/**
 * The daily limit in force on a family day (`YYYY-MM-DD`, the day-start hour applied): the day's own when
 * set, else the weekend's on Saturdays and Sundays when one is set, else the daily one; a day off has
 * Saturday's. The weekday comes from the date alone, so DST and time zones never move a day to the weekend.
 */
export function limitMinOn(settings: Settings, day: string): number {
  const weekday = rulesDayOf(day, settings.daysOff);
  const own = settings.dayLimitsMin[weekday];
  if (own !== null && own !== undefined) return own;
  return isWeekend(weekday) && settings.weekendLimitMin !== null ? settings.weekendLimitMin : settings.dailyLimitMin;
}

/** Checks one field's new value; null when it is fine. The UI shows the error beside the field. */
export function checkSetting<K extends keyof Settings>(field: K, value: Settings[K]): SettingError | null {
  switch (field) {
    case 'dailyLimitMin':
      return isLimit(value) ? null : 'limit-range';
    case 'weekendLimitMin':
      return value === null || isLimit(value) ? null : 'limit-range';
    case 'dayLimitsMin':
      return Array.isArray(value) && value.length === 7 && value.every((each) => each === null || isLimit(each))
        ? null
        : 'limit-range';
    case 'daysOff':
      return isDaysOff(value) ? null : 'days-off';
    case 'breakEveryMin':
      return isWhole(value) && (value === 0 || (value >= 10 && value <= 120)) ? null : 'break-range';
    case 'dayStartHour':
      return isWhole(value) && value >= 0 && value <= 6 ? null : 'day-start-range';
    case 'sleep': {
      const sleep = value as SleepHours;
      return isRecord(sleep) && typeof sleep.enabled === 'boolean' && isTime(sleep.start) && isTime(sleep.end)
        ? null
        : 'time-format';
    }
    case 'quietTimes':
      return quietTimesProblem(value)?.error ?? null;
    case 'doorPause':
    case 'familySharing':
      return typeof value === 'boolean' ? null : 'choice';
    case 'language':
      return LANGUAGES.includes(value as LanguageSetting) ? null : 'choice';
    case 'helplineCountry':
      return value === 'auto' || isCountryCode(value) ? null : 'choice';
    case 'tips': {
      const tips = value as Settings['tips'];
      return isRecord(tips) && TIP_THEMES.every((theme) => typeof tips[theme] === 'boolean') ? null : 'choice';
    }
    default:
      return 'choice';
  }
}

/**
 * Reads a stored (or policy-given) settings record field by field: a bad field falls back to its default
 * and is named in `invalid`; the good ones are kept. Storage is untrusted (devtools, half-written records).
 */
export function parseSettings(raw: unknown): { settings: Settings; invalid: string[] } {
  const invalid: string[] = [];
  if (!isRecord(raw) && raw !== undefined && raw !== null) invalid.push('settings');
  const record: Record<string, unknown> = isRecord(raw) ? raw : {};
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if (isRecord(record.tips)) {
    for (const theme of TIP_THEMES) {
      const value = record.tips[theme];
      if (typeof value === 'boolean') settings.tips[theme] = value;
      else if (value !== undefined) invalid.push(`tips.${theme}`);
    }
  } else if (record.tips !== undefined) invalid.push('tips');
  for (const field of [
    'language',
    'helplineCountry',
    'dailyLimitMin',
    'weekendLimitMin',
    'dayLimitsMin',
    'daysOff',
    'breakEveryMin',
    'sleep',
    'quietTimes',
    'doorPause',
    'familySharing',
    'dayStartHour',
  ] as const) {
    const value = record[field];
    if (value === undefined) continue;
    if (checkSetting(field, value as never) === null) (settings as unknown as Record<string, unknown>)[field] = value;
    else invalid.push(field);
  }
  return { settings, invalid };
}

/** The policy's names for the days, Sunday first as `Date.getDay()` counts. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Settings a family administrator set by browser policy, and what they override. */
export interface ManagedPolicy {
  /** The policy's values, already checked; fields it does not set are absent. */
  values: Partial<Settings>;
  /** The teen can look but not change anything. */
  locked: boolean;
  /** Fields the policy sets to a value Scrollwise cannot use: ignored, and said beside each field. */
  invalid: (keyof Settings)[];
}

/**
 * Reads `storage.managed` (the policy schema's key names) into settings. A value out of range is ignored,
 * so a typo in a policy never breaks the extension; the local value then stays in force.
 */
export function parseManaged(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = { values: {}, locked: false, invalid: [] };
  if (!isRecord(raw)) return policy;
  policy.locked = raw.settingsLocked === true;
  const candidates: Partial<Record<keyof Settings, unknown>> = {
    dailyLimitMin: raw.dailyLimitMinutes,
    weekendLimitMin: raw.weekendLimitMinutes,
    breakEveryMin: raw.breakReminderMinutes,
    dayStartHour: raw.dayStartHour,
    language: raw.language,
    helplineCountry: raw.helplineCountry,
    quietTimes: raw.quietTimes,
    daysOff: raw.daysOff,
    doorPause: raw.doorPause,
    familySharing: raw.familySharing,
  };
  // By day name, as an administrator writes it: { "friday": 90 }; the days left out follow the others.
  const named = raw.dayLimitMinutes;
  candidates.dayLimitsMin = isRecord(named) ? WEEKDAY_NAMES.map((name) => named[name] ?? null) : named;
  candidates.sleep = isRecord(raw.sleepHours) ? { ...DEFAULT_SETTINGS.sleep, ...raw.sleepHours } : raw.sleepHours;
  candidates.tips = isRecord(raw.tips) ? { ...DEFAULT_SETTINGS.tips, ...raw.tips } : raw.tips;
  for (const [field, value] of Object.entries(candidates) as [keyof Settings, unknown][]) {
    if (value === undefined) continue;
    if (checkSetting(field, value as never) === null) (policy.values as Record<string, unknown>)[field] = value;
    else policy.invalid.push(field);
  }
  return policy;
}

/** Local settings with the policy's values on top: managed values always win. */
export function applyPolicy(local: Settings, policy: ManagedPolicy): Settings {
  return { ...local, ...policy.values };
}
