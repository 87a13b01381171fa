import { familyHelpline, helplineContact, thisComputer } from '@/utils/helplines';
import { format } from '@/utils/i18n/format';
import { helplineCopy } from '@/utils/i18n/helpline';
import type { Language } from '@/utils/language';
import type { Settings } from '@/utils/settings';
import { helplineLabel, phoneLine } from '../helpline-text';

/**
 * The family's helpline as the tips and reminders offer it: its chat or site in a new tab, then the numbers
 * for a phone and for texting, as text. The popup's "Need to talk?", one click away whatever the day looks
 * like, and the welcome page's preview of the helpline a country gives.
 */
export function HelplineLine({
  country,
  language,
  lead,
  copy: labels,
  testId,
}: {
  country: Settings['helplineCountry'];
  language: Language;
  /** What comes before the link: "Need to talk?", or the welcome page's "Tips and reminders offer:". */
  lead: string;
  /** Texting is the pages' own copy (the tips never show a texting number). */
  copy: { byText: string; byTextKeyword: string };
  testId: string;
}) {
  const copy = helplineCopy[language];
  const { languages, timeZone } = thisComputer();
  const helpline = helplineContact(familyHelpline(country, languages, timeZone), language);
  const { phone, text } = helpline;
  const numbers = [
    phone && phoneLine(phone, copy),
    text && format(text.keyword ? labels.byTextKeyword : labels.byText, { ...text, keyword: text.keyword ?? '' }),
  ].filter(Boolean);
  return (
    <div class="talk" data-testid={testId}>
      <p>
        {lead}{' '}
        <a href={helpline.link.url} target="_blank" rel="noopener">
          {helplineLabel(helpline, copy)}
        </a>
      </p>
      {numbers.length > 0 && <p class="hint">{numbers.join(' · ')}</p>}
    </div>
  );
}
