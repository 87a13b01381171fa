import { format } from '@/utils/i18n';
import { TipCard } from '../TipCard';
import type { TipProps } from './types';

/** Whether the helpline's name already shows its number ("3018", "Childline 0800 1111"). */
const namesNumber = ({ name, phone }: { name: string; phone: string }) => name.replace(/\D/g, '') === phone;

/**
 * The report-sent tip: what happens next, blocking, and the helpline of the teen's country. On a computer
 * a `tel:` link usually does nothing, so where the helpline has a site (with its chat or contact page) the
 * action opens it in a new tab, the teen's own navigation, and the number is given as text for a phone.
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
      body={helpline.url && !namesNumber(helpline) ? `${body} ${format(copy.fromPhone, values)}.` : body}
      action={
        helpline.url
          ? { kind: 'link', label: format(copy.actionOnline, values), href: helpline.url }
          : { kind: 'link', label: format(copy.action, values), href: `tel:${helpline.phone}` }
      }
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
