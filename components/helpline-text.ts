import type { HelplineContact } from '@/utils/helplines';
import type { Messages } from '@/utils/i18n';
import { format } from '@/utils/i18n/format';

/**
 * How a helpline reads wherever it is offered: the tips, the reminders, the popup and the welcome page.
 * The link names what it opens; a phone-number link does nothing on most computers, so numbers are text.
 */

/** What the helpline link says it opens: its chat, its site, or the directory of national helplines. */
export const helplineLabel = (helpline: HelplineContact, copy: Messages['helpline']): string =>
  helpline.name === null || helpline.link.kind === 'directory'
    ? copy.directory
    : format(copy[helpline.link.kind], { helpline: helpline.name });

/** "From a phone: 3018 (7 days a week, 9am–11pm)": the number as text, with its hours where they are known. */
export const phoneLine = (phone: NonNullable<HelplineContact['phone']>, copy: Messages['helpline']): string =>
  format(phone.hours ? copy.fromPhoneHours : copy.fromPhone, { number: phone.number, hours: phone.hours ?? '' });
