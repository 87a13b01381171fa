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
  const copyFor: CopyFor = (settings) => {
    const language = resolveLanguage(settings.language, document.documentElement.lang, navigator.languages);
    return {
      language,
      messages: messagesFor(language),
      theme: pageTheme(document, matchMedia('(prefers-color-scheme: dark)').matches),
      helpline: helplineContact(helpline, language),
    };
  };
  return {
    copyFor,
    /** Asks the worker for the family's helpline when the country setting changed; true when it did. */
    async loadHelpline(country: Settings['helplineCountry']): Promise<boolean> {
      if (country === askedFor) return false;
      askedFor = country;
      const reply = await sendToWorker({ type: 'scrollwise/helpline', country });
      if (reply.ok) helpline = reply.helpline;
      else askedFor = null;
      return reply.ok;
    },
  };
}
