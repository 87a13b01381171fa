import { noBody, request } from '../worker/define';

export const pageUiRequests = {
  /**
   * A TikTok page's sentinel needs its tips' or reminders' UI: the worker runs the UI file in that frame's
   * content-script world (utils/content/page-ui.ts).
   */
  'scrollwise/load-ui': request({
    from: 'tab',
    parse: noBody,
    queued: false,
    run: async (context, _body, { tabId, frameId }) => {
      if (tabId === null) return { ok: false, error: 'no-tab' } as const;
      await context.injectPageUi(tabId, frameId);
      return { ok: true } as const;
    },
  }),
};
