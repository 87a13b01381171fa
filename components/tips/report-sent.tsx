import { format } from '@/utils/i18n';
import { TipCard } from '../TipCard';
import type { TipProps } from './types';

/** The report-sent tip: what happens next, blocking, and the helpline of the teen's country. */
export function ReportSentTip({ messages, language, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips['report-sent'];
  const hours = helpline.hours?.[language];
  const values = { helpline: helpline.name, hours: hours ?? '' };
  return (
    <TipCard
      view="report-sent"
      title={copy.title}
      body={format(hours ? copy.body : copy.bodyNoHours, values)}
      action={{ kind: 'link', label: format(copy.action, values), href: `tel:${helpline.phone}` }}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
