import { browser } from 'wxt/browser';
import type { PageRequest, TabRequest, WorkerReply } from './worker-messages';

/**
 * Sends a request to the worker, the one place that decides and writes. Never rejects: a worker that
 * cannot be reached (the extension was just updated or reloaded) is a `failed` reply, not an error thrown
 * into the page's console. Type-only imports above: the worker's own code (and its session storage)
 * never ends up in a page or the content script.
 */
export async function askWorker(request: PageRequest | TabRequest): Promise<WorkerReply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as WorkerReply;
  } catch {
    // Falls through to the same answer as a reply that makes no sense.
  }
  return { ok: false, error: 'failed' };
}
