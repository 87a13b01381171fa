import { browser } from 'wxt/browser';
import type { PageRequest, TabRequest, WorkerReply } from './worker-messages';

/**
 * Sends a request to the worker, the one place that decides and writes. Type-only imports above: the
 * worker's own code (and its session storage) never ends up in a page or the content script.
 */
export async function askWorker(request: PageRequest | TabRequest): Promise<WorkerReply> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  return typeof reply === 'object' && reply !== null && 'ok' in reply
    ? (reply as WorkerReply)
    : { ok: false, error: 'failed' };
}
