import { helplinePage } from '@/utils/helplines';
import { format } from '@/utils/i18n';
import { TipCard } from '../TipCard';
import type { TipProps } from './types';

/** Whether the helpline's name already shows its number ("3018", "Childline 0800 1111"). */
const namesNumber = ({ name, phone }: { name: string; phone: string }) => name.replace(/\D/g, '') === phone;

/**
 * The report-sent tip: what happens next, blocking, and the helpline of the teen's country. On a computer
 * a phone-number link usually does nothing, so the action opens a web page in a new tab (the teen's own
 * navigation): the helpline's site, or the directory of national helplines where we know none. The
 * number is given as text for a phone.
 */
export function ReportSentTip({ messages, language, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips['report-sent'];
  const hours = helpline.hours?.[language];
  const values = { helpline: helpline.name, hours: hours ?? '', number: helpline.phone };
  const body = format(hours ? copy.body : copy.bodyNoHours, values);
  return (
    <TipCard
      view="report-sent"
      title={copy.title}
      body={namesNumber(helpline) ? body : `${body} ${format(copy.fromPhone, values)}.`}
      action={{
        kind: 'link',
        label: format(helpline.url ? copy.actionOnline : copy.actionDirectory, values),
        href: helplinePage(helpline),
      }}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
