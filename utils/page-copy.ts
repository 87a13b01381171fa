import { afterMs } from './content/timing';
import { type Helpline, type HelplineContact, helplineContact, NO_COUNTRY_HELPLINE } from './helplines';
import { type Messages, messagesFor } from './i18n';
import { type Language, resolveLanguage } from './language';
import { pageTheme, type Theme } from './page-theme';
import type { Settings } from './settings';
import { sendToWorker } from './worker/client';

export interface PageCopy {
  language: Language;
  messages: Messages;
  theme: Theme;
  helpline: HelplineContact;
}

const HELPLINE_ATTEMPTS = 3;
const HELPLINE_RETRY_MS = 300;

export type CopyFor = (settings: Settings) => PageCopy;

/**
 * What the tips and reminders speak and look like on this page: the teen's language (setting, then
 * TikTok's, then the browser's), TikTok's theme, and the family's helpline. Read at each paint, since
 * TikTok switches language and theme without reloading.
 *
 * The worker picks the helpline (country setting, time zone, browser region): the table of helplines and
 * zones stays out of every TikTok page. Until it answers, the directory of national helplines stands in.
 */
export function createPageCopy() {
  let helpline: Helpline = NO_COUNTRY_HELPLINE;
  let askedFor: Settings['helplineCountry'] | null = null;
  let asking: Promise<boolean> | null = null;
  // A live answer, made once: making one at each paint costs more than the rest of the copy.
  let dark: MediaQueryList | null = null;
  const copyFor: CopyFor = (settings) => {
    dark ??= matchMedia('(prefers-color-scheme: dark)');
    const language = resolveLanguage(settings.language, document.documentElement.lang, navigator.languages);
    return {
      language,
      messages: messagesFor(language),
      theme: pageTheme(document, dark.matches),
      helpline: helplineContact(helpline, language),
    };
  };
  return {
    copyFor,
    /**
     * Asks the worker for the family's helpline when the country setting changed; true when it did. A
     * caller asking for the country already asked for waits for that answer, so nothing starts with the
     * stand-in. A worker that cannot answer yet (starting, just updated) is asked again, three times at most.
     */
    loadHelpline(country: Settings['helplineCountry']): Promise<boolean> {
      if (country === askedFor && asking) return asking;
      if (country === askedFor) return Promise.resolve(false);
      askedFor = country;
      const request = (async () => {
        for (let attempt = 0; attempt < HELPLINE_ATTEMPTS; attempt++) {
          if (attempt > 0) await afterMs(HELPLINE_RETRY_MS);
          const reply = await sendToWorker({ type: 'scrollwise/helpline', country });
          if (reply.ok) {
            helpline = reply.helpline;
            return true;
          }
        }
        askedFor = null;
        return false;
      })().finally(() => {
        if (asking === request) asking = null;
      });
      asking = request;
      return request;
    },
  };
}
