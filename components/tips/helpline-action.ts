import type { HelplineContact } from '@/utils/helplines';
import type { Messages } from '@/utils/i18n';
import { format } from '@/utils/i18n/format';
import type { TipAction } from '../TipCard';

/**
 * A helpline's one action: the page it opens (its chat, its site, or the directory of national helplines
 * where it has none), in a new tab: the teen's own navigation. A phone-number link does nothing on most
 * computers, so the number is given as text instead.
 */
export const helplineAction = (helpline: HelplineContact, copy: Messages['helpline']): TipAction => ({
  kind: 'link',
  label: helplineLabel(helpline, copy),
  href: helpline.link.url,
});

/** What the helpline link says it opens. */
export const helplineLabel = (helpline: HelplineContact, copy: Messages['helpline']): string =>
  helpline.name === null || helpline.link.kind === 'directory'
    ? copy.directory
    : format(copy[helpline.link.kind], { helpline: helpline.name });

/** "From a phone: 3018 (7 days a week, 9am–11pm)": the number as text, with its hours where they are known. */
export const phoneLine = (phone: NonNullable<HelplineContact['phone']>, copy: Messages['helpline']): string =>
  format(phone.hours ? copy.fromPhoneHours : copy.fromPhone, { number: phone.number, hours: phone.hours ?? '' });
