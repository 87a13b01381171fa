import { request } from '../worker/define';
import { familyHelpline, type Helpline, isCountryCode } from '.';

export const helplineRequests = {
  /**
   * The family's helpline, picked here so the helpline table stays out of TikTok's pages. The tab sends
   * its country setting, policy applied: reading it again here would wait on the browser's slow policy read.
   */
  'scrollwise/helpline': request({
    from: 'tab',
    parse: (message) => ({ country: isCountryCode(message.country) ? message.country : ('auto' as const) }),
    queued: false,
    run: async (context, { country }): Promise<{ ok: true; helpline: Helpline }> => {
      const { languages, timeZone } = context.place();
      return { ok: true, helpline: familyHelpline(country, languages, timeZone) };
    },
  }),
};
