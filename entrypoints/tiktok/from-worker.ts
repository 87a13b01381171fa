import { browser } from 'wxt/browser';
import { isRecord } from '@/utils/guards';
import type { PageNotice } from '@/utils/worker/client';
import type { ScriptContext } from './script-context';

/**
 * Answers one kind of message from the worker. Only the extension can send to a content script
 * (`tabs.sendMessage`): a page's scripts cannot reach this listener, and it answers nothing else.
 */
export function onWorkerMessage(ctx: ScriptContext, type: PageNotice, answer: () => unknown): void {
  // Answered through `sendResponse`: the browser's own namespace (no polyfill on TikTok's pages) does not
  // take a listener's promise as its answer in Chromium: `true` keeps the channel open for one still coming.
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!isRecord(message) || message.type !== type) return undefined;
    Promise.resolve(answer()).then(respond, () => respond(null));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
