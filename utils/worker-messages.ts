import { buildExport, type ExportFile, type ImportError, mergeImported, parseImport } from './data-transfer';
import { isRecord } from './guards';
import { familyHelpline, type Helpline, isCountryCode } from './helplines';
import type { PinRecord } from './parent-lock';
import type { ReminderChoice, ReminderKind } from './reminders/decide';
import type { Serial } from './serial';
import type { Settings } from './settings';
import { deleteAll, dismissedTips, readDays, snapshotForExport, tipShowings, viewLastSeen, writeDays } from './storage';
import { afterWholeTip } from './tips/cadence';
import { type DayKey, dayKeyOf, isDayKey, shiftDay } from './tracking/calendar';
import type { Recorder, RecordResult } from './tracking/recorder';
import { latestPlausibleDay } from './tracking/retention';
import { isExtensionPage, isTikTokTab, type SenderInfo } from './tracking/sender';
import { parseSliceMessage, type SliceMessage } from './tracking/slice';
import { type FieldReport, isFieldReport } from './views/field-check';
import { isViewId, type ViewId } from './views/registry';
import {
  familyGate,
  onGrantExtra,
  onPinRecord,
  onReminderChoice,
  onReminderShown,
  onRemovePin,
  onSafetyPass,
  onSetPin,
  onTabExtraTime,
  onUnlock,
} from './worker-family';

/** Requests the extension's own pages (popup, options, the PIN window) send to the worker. */
export type PageRequest =
  | { type: 'scrollwise/export' }
  | { type: 'scrollwise/import'; text: string }
  | { type: 'scrollwise/delete-all' }
  | { type: 'scrollwise/unlock'; secret: string }
  | { type: 'scrollwise/set-pin'; secret: string }
  | { type: 'scrollwise/remove-pin' }
  | { type: 'scrollwise/pin-record' }
  | { type: 'scrollwise/grant-extra'; secret: string }
  | { type: 'scrollwise/field-check' };

/**
 * Requests a TikTok tab sends to the worker. The content script writes no storage itself: every change
 * is made here, one at a time, so two tabs never lose each other's update. Nothing here carries a PIN.
 */
export type TabRequest =
  | { type: 'scrollwise/close-tab' }
  | { type: 'scrollwise/extra-time' }
  | { type: 'scrollwise/reminder-shown'; kind: ReminderKind }
  | { type: 'scrollwise/reminder-choice'; kind: ReminderKind; choice: Exclude<ReminderChoice, 'extra'> }
  | { type: 'scrollwise/safety-pass' }
  | { type: 'scrollwise/view-seen'; view: ViewId }
  | { type: 'scrollwise/dismiss-tip'; view: ViewId }
  | { type: 'scrollwise/helpline'; country: Settings['helplineCountry'] }
  | { type: 'scrollwise/tip-whole'; view: ViewId; day: DayKey };

export type WorkerError =
  | 'refused'
  | 'locked'
  | 'inactive-tab'
  | 'failed'
  | 'wrong-pin'
  | 'wait'
  | 'already-taken'
  | 'parent-locked'
  | 'pin-window'
  | 'no-passes'
  | 'weak'
  | ImportError['code'];

export type WorkerFailure = { ok: false; error: WorkerError; detail?: ImportError; waitUntil?: number };

/** Every request the worker answers. */
export type WorkerRequest = PageRequest | TabRequest | SliceMessage;

/** What a successful reply carries, per request; a request not listed here answers `{ ok: true }`. */
interface ReplyData {
  'scrollwise/slice': { result: RecordResult };
  'scrollwise/export': { file: ExportFile };
  'scrollwise/import': { importedDays: number };
  'scrollwise/pin-record': { pinRecord: PinRecord };
  /** What the most recently used TikTok tab recognizes; null when no TikTok tab answered. */
  'scrollwise/field-check': { report: FieldReport | null };
  /** The family's helpline, picked here so the helpline table stays out of TikTok's pages. */
  'scrollwise/helpline': { helpline: Helpline };
}

/** The reply to a request of type `T`: `sendToWorker` gives callers this, so they need no guessing. */
export type ReplyTo<T extends WorkerRequest['type']> =
  | (T extends keyof ReplyData ? { ok: true } & ReplyData[T] : { ok: true })
  | WorkerFailure;

/** Any reply, as the worker's dispatcher builds it. */
export type WorkerReply = ReplyTo<WorkerRequest['type']>;

export interface WorkerContext {
  recorder: Recorder;
  /** One queue for the parent lock and the reminders' state: concurrent guesses or tabs never interleave. */
  serial: Serial;
  extensionId: string;
  extensionOrigin: string;
  extensionVersion: string;
  now: () => number;
  /** The OS screen state; a locked screen counts nothing. */
  idleState: () => Promise<'active' | 'idle' | 'locked'>;
  /** Closes a tab (the TikTok tab whose teen chose "close TikTok"). */
  closeTab: (tabId: number) => Promise<void>;
  /** Opens the small extension window where a parent types the PIN for five more minutes. */
  openPinWindow: () => Promise<void>;
  /** Asks the most recently used TikTok tab what it recognizes (the options page's field check). */
  checkTikTokTab: () => Promise<unknown>;
  /** The browser's languages and this computer's time zone: they pick the helpline when no country is set. */
  place: () => { languages: readonly string[]; timeZone: string };
}

const TAB_REQUESTS = new Set<string>([
  'scrollwise/close-tab',
  'scrollwise/extra-time',
  'scrollwise/reminder-shown',
  'scrollwise/reminder-choice',
  'scrollwise/safety-pass',
  'scrollwise/view-seen',
  'scrollwise/dismiss-tip',
  'scrollwise/helpline',
  'scrollwise/tip-whole',
]);

/**
 * Every message the worker answers, checked before anything is done: slices and reminder requests only
 * from a TikTok tab of this extension, data and lock requests only from the extension's own pages.
 */
export async function handleMessage(
  context: WorkerContext,
  message: unknown,
  sender: SenderInfo,
): Promise<WorkerReply> {
  try {
    if (!isRecord(message) || typeof message.type !== 'string') return { ok: false, error: 'refused' };
    if (message.type === 'scrollwise/slice') return await onSlice(context, message, sender);
    if (TAB_REQUESTS.has(message.type)) return await onTabRequest(context, message, sender);
    if (!isExtensionPage(sender, context.extensionId, context.extensionOrigin)) return { ok: false, error: 'refused' };
    return await onPageRequest(context, message);
  } catch (error) {
    console.warn('Scrollwise: a request failed', error);
    return { ok: false, error: 'failed' };
  }
}

async function onPageRequest(context: WorkerContext, message: Record<string, unknown>): Promise<WorkerReply> {
  const secret = typeof message.secret === 'string' ? message.secret : null;
  switch (message.type) {
    case 'scrollwise/export': {
      const refused = await familyGate(context, 'pin');
      if (refused) return refused;
      return {
        ok: true,
        file: buildExport(await snapshotForExport(), new Date(context.now()), context.extensionVersion),
      };
    }
    case 'scrollwise/import': {
      const refused = await familyGate(context, 'pin-or-policy');
      if (refused) return refused;
      return typeof message.text === 'string' ? await onImport(context, message.text) : { ok: false, error: 'refused' };
    }
    case 'scrollwise/delete-all': {
      const refused = await familyGate(context, 'pin-or-policy');
      if (refused) return refused;
      await context.recorder.reset(deleteAll);
      return { ok: true };
    }
    case 'scrollwise/unlock':
      return secret === null ? { ok: false, error: 'refused' } : onUnlock(context, secret);
    case 'scrollwise/set-pin':
      return secret === null ? { ok: false, error: 'refused' } : onSetPin(context, secret);
    case 'scrollwise/remove-pin':
      return onRemovePin(context);
    case 'scrollwise/pin-record':
      return onPinRecord(context);
    case 'scrollwise/field-check': {
      const report = await context.checkTikTokTab();
      return { ok: true, report: isFieldReport(report) ? report : null };
    }
    case 'scrollwise/grant-extra':
      return secret === null ? { ok: false, error: 'refused' } : onGrantExtra(context, secret);
    default:
      return { ok: false, error: 'refused' };
  }
}

async function onSlice(context: WorkerContext, message: unknown, sender: SenderInfo): Promise<WorkerReply> {
  if (!isTikTokTab(sender, context.extensionId)) return { ok: false, error: 'refused' };
  const slice = parseSliceMessage(message, context.now());
  if (!slice) return { ok: false, error: 'refused' };
  // A background tab cannot be watched, whatever its page believes. Its last slice, sent because the teen
  // just switched away (the tab is already inactive when the page hears of it), still counts.
  if (sender.tab?.active === false && slice.cause === 'heartbeat') return { ok: false, error: 'inactive-tab' };
  if ((await context.idleState()) === 'locked') return { ok: false, error: 'locked' };
  return { ok: true, result: await context.recorder.record(slice) };
}

/** A reminder's requests: closing the sender's own tab, five more minutes, the log, a safety pass. */
async function onTabRequest(
  context: WorkerContext,
  message: Record<string, unknown>,
  sender: SenderInfo,
): Promise<WorkerReply> {
  const tabId = sender.tab?.id;
  if (!isTikTokTab(sender, context.extensionId) || tabId === undefined) return { ok: false, error: 'refused' };
  switch (message.type) {
    case 'scrollwise/close-tab':
      await context.closeTab(tabId);
      return { ok: true };
    case 'scrollwise/extra-time':
      return onTabExtraTime(context);
    case 'scrollwise/reminder-shown':
      return isKind(message.kind) ? onReminderShown(context, message.kind) : { ok: false, error: 'refused' };
    case 'scrollwise/reminder-choice':
      return isKind(message.kind) && isTabChoice(message.choice)
        ? onReminderChoice(context, message.kind, message.choice)
        : { ok: false, error: 'refused' };
    case 'scrollwise/safety-pass':
      return onSafetyPass(context);
    case 'scrollwise/view-seen':
      if (!isViewId(message.view)) return { ok: false, error: 'refused' };
      await context.serial(() => viewLastSeen.update((seen) => ({ ...seen, [message.view as ViewId]: context.now() })));
      return { ok: true };
    case 'scrollwise/dismiss-tip':
      if (!isViewId(message.view)) return { ok: false, error: 'refused' };
      await context.serial(() =>
        dismissedTips.update((views) =>
          views.includes(message.view as ViewId) ? views : [...views, message.view as ViewId],
        ),
      );
      return { ok: true };
    case 'scrollwise/tip-whole': {
      // The tab's day: it follows the family's day start, which the tab has already read.
      const { view, day } = message;
      if (!isViewId(view) || typeof day !== 'string' || !isPlausibleDay(day, context.now()))
        return { ok: false, error: 'refused' };
      await context.serial(() => tipShowings.update((all) => ({ ...all, [view]: afterWholeTip(all[view], day) })));
      return { ok: true };
    }
    case 'scrollwise/helpline': {
      // The tab's setting, policy applied: reading it again here would wait on the browser's slow policy read.
      const { languages, timeZone } = context.place();
      const country = isCountryCode(message.country) ? message.country : 'auto';
      return { ok: true, helpline: familyHelpline(country, languages, timeZone) };
    }
    default:
      return { ok: false, error: 'refused' };
  }
}

/** A day key within a day of the worker's own date (a day start of up to 6 am moves it back by one). */
const isPlausibleDay = (day: string, now: number) => {
  const today = dayKeyOf(now);
  return isDayKey(day) && day >= shiftDay(today, -1) && day <= latestPlausibleDay(today);
};

const isKind = (value: unknown): value is ReminderKind => value === 'break' || value === 'limit' || value === 'sleep';
const isTabChoice = (value: unknown): value is Exclude<ReminderChoice, 'extra'> =>
  value === 'break' || value === 'close' || value === 'continue';

async function onImport(context: WorkerContext, text: string): Promise<WorkerReply> {
  const parsed = parseImport(text, dayKeyOf(context.now()));
  if (!parsed.ok) return { ok: false, error: parsed.error.code, detail: parsed.error };
  await context.recorder.exclusive(async () => {
    const stored = await readDays(Object.keys(parsed.days));
    await writeDays(mergeImported(stored, parsed.days));
  });
  return { ok: true, importedDays: Object.keys(parsed.days).length };
}
