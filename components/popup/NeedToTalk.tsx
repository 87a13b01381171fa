import { familyHelpline, helplinePage } from '@/utils/helplines';
import type { Settings } from '@/utils/settings';

/** The family's helpline, one click away whatever the day looks like: its site, in a new tab. */
export function NeedToTalk({ country, label }: { country: Settings['helplineCountry']; label: string }) {
  const helpline = familyHelpline(country, navigator.languages, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <p class="talk" data-testid="need-to-talk">
      {label}{' '}
      <a href={helplinePage(helpline)} target="_blank" rel="noopener">
        {helpline.name}
      </a>
    </p>
  );
}
