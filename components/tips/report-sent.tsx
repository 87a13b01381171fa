import { format } from '@/utils/i18n';
import { phoneLine } from '../helpline-text';
import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/**
 * The report-sent tip: keep screenshots, block, and the helpline of the teen's country (its hours where
 * the operator states them, and its number as text for a phone), or an adult they trust and the directory
 * of national helplines where no country is known.
 */
export function ReportSentTip({ messages, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips['report-sent'];
  const { name, hours, phone, namedByNumber } = helpline;
  const body =
    name === null
      ? copy.bodyDirectory
      : format(hours ? copy.body : copy.bodyNoHours, { helpline: name, hours: hours ?? '' });
  const fromPhone = phone && !namedByNumber && phoneLine(phone, messages.helpline);
  return (
    <TipCard
      view="report-sent"
      title={copy.title}
      body={fromPhone ? `${body} ${fromPhone}.` : body}
      action={helplineAction(helpline, messages.helpline)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
