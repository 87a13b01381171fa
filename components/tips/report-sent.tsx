import { format } from '@/utils/i18n';
import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/** Whether the helpline's name already shows its number ("3018", "Childline 0800 1111"). */
const namesNumber = ({ name, phone }: { name: string; phone: string }) => name.replace(/\D/g, '') === phone;

/**
 * The report-sent tip: what happens next, blocking, and the helpline of the teen's country, whose number
 * is given as text for a phone.
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
      action={helplineAction(helpline, copy)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
