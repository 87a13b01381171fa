import { buildExport, type ExportFile, type ImportError, mergeImported, parseImport } from './data-transfer';
import { tryUnlock } from './parent-lock';
import { isRecord } from './settings';
import {
  deleteAll,
  loadLock,
  loadNudgeState,
  loadSettings,
  readDays,
  saveLockAttempts,
  saveNudgeState,
  snapshotAll,
  writeDays,
} from './storage';
import { dayKeyOf } from './tracking/calendar';
import type { Recorder, RecordResult } from './tracking/recorder';
import { isExtensionPage, isTikTokTab, type SenderInfo } from './tracking/sender';
import { parseSliceMessage } from './tracking/slice';

/** Requests the popup and options pages send to the worker. */
export type PageRequest =
  | { type: 'scrollwise/export' }
  | { type: 'scrollwise/import'; text: string }
  | { type: 'scrollwise/delete-all' };

/** Requests a TikTok tab's nudge sends to the worker. */
export type TabRequest = { type: 'scrollwise/close-tab' } | { type: 'scrollwise/extra-time'; secret?: string };

export type WorkerReply =
  | { ok: true; result?: RecordResult; file?: ExportFile; importedDays?: number }
  | {
      ok: false;
      error:
        | 'refused'
        | 'locked'
        | 'inactive-tab'
        | 'failed'
        | 'wrong-pin'
        | 'wait'
        | 'already-taken'
        | ImportError['code'];
      detail?: ImportError;
      waitUntil?: number;
    };

export interface WorkerContext {
  recorder: Recorder;
  extensionId: string;
  extensionOrigin: string;
  extensionVersion: string;
  now: () => number;
  /** The OS screen state; a locked screen counts nothing. */
  idleState: () => Promise<'active' | 'idle' | 'locked'>;
  /** Closes a tab (the TikTok tab whose teen chose "close TikTok"). */
  closeTab: (tabId: number) => Promise<void>;
}

/**
 * Every message the worker answers, checked before anything is done: slices only from a TikTok tab of
 * this extension, data requests only from the extension's own pages. Anything else is refused.
 */
export async function handleMessage(
  context: WorkerContext,
  message: unknown,
  sender: SenderInfo,
): Promise<WorkerReply> {
  try {
    if (isRecord(message) && message.type === 'scrollwise/slice') return await onSlice(context, message, sender);
    if (isRecord(message) && (message.type === 'scrollwise/close-tab' || message.type === 'scrollwise/extra-time')) {
      return await onTabRequest(context, message, sender);
    }
    if (!isExtensionPage(sender, context.extensionId, context.extensionOrigin) || !isRecord(message)) {
      return { ok: false, error: 'refused' };
    }
    switch (message.type) {
      case 'scrollwise/export':
        return { ok: true, file: buildExport(await snapshotAll(), new Date(context.now()), context.extensionVersion) };
      case 'scrollwise/import':
        return typeof message.text === 'string'
          ? await onImport(context, message.text)
          : { ok: false, error: 'refused' };
      case 'scrollwise/delete-all':
        await context.recorder.reset(deleteAll);
        return { ok: true };
      default:
        return { ok: false, error: 'refused' };
    }
  } catch (error) {
    console.warn('Scrollwise: a request failed', error);
    return { ok: false, error: 'failed' };
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

/** A nudge's choices that need the worker: closing the sender's own tab, or five more minutes. */
async function onTabRequest(
  context: WorkerContext,
  message: Record<string, unknown>,
  sender: SenderInfo,
): Promise<WorkerReply> {
  const tabId = sender.tab?.id;
  if (!isTikTokTab(sender, context.extensionId) || tabId === undefined) return { ok: false, error: 'refused' };
  if (message.type === 'scrollwise/close-tab') {
    await context.closeTab(tabId);
    return { ok: true };
  }
  const now = context.now();
  const { dayStartHour } = (await loadSettings()).settings;
  const state = await loadNudgeState(dayKeyOf(now, dayStartHour));
  if (state.extraTaken) return { ok: false, error: 'already-taken' };
  const lock = await loadLock();
  if (lock.state.pin) {
    // With a parent lock, more time needs the PIN, checked here (never in the page) with the same back-off.
    const attempt = await tryUnlock(lock.state, typeof message.secret === 'string' ? message.secret : '', now);
    await saveLockAttempts(attempt.state);
    if (attempt.result === 'wait') return { ok: false, error: 'wait', waitUntil: attempt.state.waitUntil };
    if (attempt.result === 'wrong') return { ok: false, error: 'wrong-pin', waitUntil: attempt.state.waitUntil };
  }
  await saveNudgeState({ ...state, extraTaken: true });
  return { ok: true };
}

async function onImport(context: WorkerContext, text: string): Promise<WorkerReply> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, error: parsed.error.code, detail: parsed.error };
  await context.recorder.exclusive(async () => {
    const stored = await readDays(Object.keys(parsed.days));
    await writeDays(mergeImported(stored, parsed.days));
  });
  return { ok: true, importedDays: Object.keys(parsed.days).length };
}
