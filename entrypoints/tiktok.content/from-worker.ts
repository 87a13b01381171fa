import { browser } from 'wxt/browser';
import { isRecord } from '@/utils/guards';
import type { ScriptContext } from './script-context';

/**
 * Answers one kind of message from the worker. Only the extension can send to a content script
 * (`tabs.sendMessage`): a page's scripts cannot reach this listener, and it answers nothing else.
 */
export function onWorkerMessage(ctx: ScriptContext, type: string, answer: () => unknown): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!isRecord(message) || message.type !== type) return undefined;
    return Promise.resolve(answer());
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
