import { familyHelpline, type Helpline } from '@/utils/helplines';
import { type Messages, messagesFor } from '@/utils/i18n';
import { type Language, resolveLanguage } from '@/utils/language';
import { pageTheme, type Theme } from '@/utils/page-theme';
import type { Settings } from '@/utils/settings';

export interface PageCopy {
  language: Language;
  messages: Messages;
  theme: Theme;
  helpline: Helpline;
}

/**
 * What the tips and reminders speak and look like on this page: the teen's language (setting, then
 * TikTok's, then the browser's), TikTok's theme, and the helpline for the family's country. Read at each
 * paint, since TikTok switches language and theme without reloading.
 */
export function createPageCopy(): (settings: Settings) => PageCopy {
  // Read once: building a DateTimeFormat is slow, and the zone only picks a default helpline.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (settings) => {
    const language = resolveLanguage(settings.language, document.documentElement.lang, navigator.languages);
    return {
      language,
      messages: messagesFor(language),
      theme: pageTheme(document, matchMedia('(prefers-color-scheme: dark)').matches),
      helpline: familyHelpline(settings.helplineCountry, navigator.languages, timeZone),
    };
  };
}
