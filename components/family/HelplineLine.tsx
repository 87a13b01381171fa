import { familyHelpline, helplineContact, thisComputer } from '@/utils/helplines';
import { format } from '@/utils/i18n/format';
import { helplineCopy } from '@/utils/i18n/helpline';
import type { Language } from '@/utils/language';
import type { Settings } from '@/utils/settings';
import { dangerLine, helplineLabel, phoneLine, reopensLine } from '../helpline-text';

/**
 * The family's helpline as the popup and the options page offer it, at this hour: the line open now (its
 * chat or site in a new tab, then the numbers for a phone and for texting, as text), the crisis line for
 * thoughts of suicide or self-harm, and the danger number. The popup's "Need to talk?", one click away
 * whatever the day looks like, and the welcome page's preview of the help a country gives.
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
  /** Texting and the crisis line's lead are the pages' own copy (the tips never show a texting number). */
  copy: { byText: string; byTextKeyword: string; crisis: string };
  testId: string;
}) {
  const copy = helplineCopy[language];
  const { languages, timeZone } = thisComputer();
  const helpline = helplineContact(familyHelpline(country, languages, timeZone), language);
  const { phone, text, crisis } = helpline;
  const numbers = [
    phone && phoneLine(phone, copy),
    text && format(text.keyword ? labels.byTextKeyword : labels.byText, { ...text, keyword: text.keyword ?? '' }),
  ].filter(Boolean);
  const reopens = reopensLine(helpline, copy);
  const crisisApart = crisis && crisis.phone?.number !== phone?.number;
  return (
    <div class="talk" data-testid={testId}>
      <p>
        {lead} {reopens && <>{reopens} </>}
        <a href={helpline.link.url} target="_blank" rel="noopener">
          {helplineLabel(helpline, copy)}
        </a>
      </p>
      {numbers.length > 0 && <p class="hint">{numbers.join(' · ')}</p>}
      {crisisApart && (
        <p data-line="crisis">
          {labels.crisis}{' '}
          <a href={crisis.link.url} target="_blank" rel="noopener">
            {helplineLabel(crisis, copy)}
          </a>
          {crisis.phone && <span class="hint"> · {phoneLine(crisis.phone, copy)}</span>}
        </p>
      )}
      <p class="hint danger-line" data-line="danger">
        {dangerLine(helpline, copy)}
      </p>
    </div>
  );
}
