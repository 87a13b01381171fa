import { browser } from 'wxt/browser';
import type { ReplyTo, WorkerRequest } from '../requests';

/**
 * Sends a request to the worker, the one place that decides and writes; the reply's type follows from the
 * request's. Never rejects: a worker that cannot be reached (the extension was just updated or reloaded)
 * is a `failed` reply, not an error thrown into the page's console. The import above is type-only: the
 * worker's own code never ends up in a page or the content script.
 */
export async function sendToWorker<R extends WorkerRequest>(request: R): Promise<ReplyTo<R['type']>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as ReplyTo<R['type']>;
  } catch {
    // Falls through to the same answer as a reply that makes no sense.
  }
  return { ok: false, error: 'failed' } as ReplyTo<R['type']>;
}

/**
 * What the worker tells a TikTok page or frame (`tabs.sendMessage`, which a page's scripts cannot send):
 * end this frame, report on the page for the field check, or ask again, the settings or the reminders'
 * state having changed. Typed here, where both ends read it.
 */
export type PageNotice =
  | 'scrollwise/leave'
  | 'scrollwise/field-check'
  | 'scrollwise/settings-changed'
  | 'scrollwise/reminders-changed';
