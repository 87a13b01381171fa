import type { HelplineContact, LineContact, LineName } from '@/utils/helplines';
import type { Messages } from '@/utils/i18n';
import { format } from '@/utils/i18n/format';

/**
 * How a helpline reads wherever it is offered: the tips, the reminders, the popup and the options page.
 * The link names what it opens; a phone-number link does nothing on most computers, so numbers are text.
 */

type Copy = Messages['helpline'];

/** A sentence may start with the line's name: « Le 3018 ouvre à 9h. » */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The name's forms for the copy's `{to}`, `{of}` and `{the}`. */
export const nameParts = (name: LineName) => ({ to: name.to, of: name.of, the: capital(name.the) });

/** What the helpline link says it opens: its chat, its site, or the directory of national helplines. */
export const helplineLabel = (line: Pick<HelplineContact, 'name' | 'link'>, copy: Copy): string =>
  line.name === null || line.link.kind === 'directory'
    ? copy.directory
    : format(copy[line.link.kind], nameParts(line.name));

/** "From a phone: 3018 (7 days a week, 9am–11pm)": the number as text, with its hours where they are known. */
export const phoneLine = (phone: NonNullable<HelplineContact['phone']>, copy: Copy): string =>
  format(phone.hours ? copy.fromPhoneHours : copy.fromPhone, { number: phone.number, hours: phone.hours ?? '' });

/** The line after "talk to": its name, with its number where the link cannot open it (« à Écoute-Enfants (103) »). */
export function reachLine(line: LineContact): string {
  const { name, link, phone, namedByNumber } = line;
  return link.kind === 'directory' && phone && !namedByNumber ? `${name.to} (${phone.number})` : name.to;
}

/** "In danger now? Call 112 or 17.", wherever help is offered, in the teen's country. */
export const dangerLine = (helpline: Pick<HelplineContact, 'emergency'>, copy: Copy): string =>
  helpline.emergency.length === 0
    ? copy.dangerUnknown
    : format(copy.danger, { numbers: helpline.emergency.join(copy.or) });

/** While the country's main line is closed: « Le 3018 ouvre à 9h ; ouvert maintenant : ». */
export const reopensLine = (helpline: HelplineContact, copy: Copy): string | null =>
  helpline.reopens
    ? format(helpline.reopens.at ? copy.reopens : copy.reopensLater, {
        ...nameParts(helpline.reopens.name),
        time: helpline.reopens.at ?? '',
      })
    : null;
