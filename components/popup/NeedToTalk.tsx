import { familyHelpline, helplineContact } from '@/utils/helplines';
import { format } from '@/utils/i18n/format';
import { helplineCopy } from '@/utils/i18n/helpline';
import type { Language } from '@/utils/language';
import type { Settings } from '@/utils/settings';
import { helplineLabel } from '../tips/helpline-action';

/**
 * The family's helpline, one click away whatever the day looks like: its chat or site in a new tab, then
 * the numbers for a phone, as text.
 */
export function NeedToTalk({
  country,
  language,
  label,
}: {
  country: Settings['helplineCountry'];
  language: Language;
  label: string;
}) {
  const copy = helplineCopy[language];
  const helpline = helplineContact(
    familyHelpline(country, navigator.languages, Intl.DateTimeFormat().resolvedOptions().timeZone),
    language,
  );
  const { phone, text } = helpline;
  const numbers = [
    phone && format(phone.hours ? copy.fromPhoneHours : copy.fromPhone, { ...phone, hours: phone.hours ?? '' }),
    text && format(text.keyword ? copy.byTextKeyword : copy.byText, { ...text, keyword: text.keyword ?? '' }),
  ].filter(Boolean);
  return (
    <div class="talk" data-testid="need-to-talk">
      <p>
        {label}{' '}
        <a href={helpline.link.url} target="_blank" rel="noopener">
          {helplineLabel(helpline, copy)}
        </a>
      </p>
      {numbers.length > 0 && <p class="hint">{numbers.join(' · ')}</p>}
    </div>
  );
}
