import { browser } from 'wxt/browser';
import { fieldReport } from '@/utils/views/field-check';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { defineFeature } from '../services';

/**
 * Answers the options page's field check, relayed by the worker. Only the extension can send to a content
 * script (`tabs.sendMessage`): a page's scripts cannot reach this listener, and it answers nothing else.
 */
export default defineFeature({
  id: 'field-check',
  needs: [],
  start({ ctx }) {
    const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      if (
        typeof message !== 'object' ||
        message === null ||
        (message as { type?: unknown }).type !== 'scrollwise/field-check'
      )
        return undefined;
      return Promise.resolve(fieldReport(new URL(location.href), document, isOnScreen));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
