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
  copy: labels,
}: {
  country: Settings['helplineCountry'];
  language: Language;
  /** The popup's own lines: "Need to talk?" and texting (the tips never show a texting number). */
  copy: { needTalk: string; byText: string; byTextKeyword: string };
}) {
  const copy = helplineCopy[language];
  const helpline = helplineContact(
    familyHelpline(country, navigator.languages, Intl.DateTimeFormat().resolvedOptions().timeZone),
    language,
  );
  const { phone, text } = helpline;
  const numbers = [
    phone && format(phone.hours ? copy.fromPhoneHours : copy.fromPhone, { ...phone, hours: phone.hours ?? '' }),
    text && format(text.keyword ? labels.byTextKeyword : labels.byText, { ...text, keyword: text.keyword ?? '' }),
  ].filter(Boolean);
  return (
    <div class="talk" data-testid="need-to-talk">
      <p>
        {labels.needTalk}{' '}
        <a href={helpline.link.url} target="_blank" rel="noopener">
          {helplineLabel(helpline, copy)}
        </a>
      </p>
      {numbers.length > 0 && <p class="hint">{numbers.join(' · ')}</p>}
    </div>
  );
}
