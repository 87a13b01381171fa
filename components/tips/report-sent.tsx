import { format } from '@/utils/i18n';
import { dangerLine, reachLine } from '../helpline-text';
import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/**
 * The report-sent tip: what happens next (in the EU, a decision and a free appeal), blocking, and the
 * helpline of the teen's country that is open now, or an adult they trust and the directory of national
 * helplines where no country is known; the danger number under it.
 */
export function ReportSentTip({ messages, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips['report-sent'];
  const next = helpline.eu ? copy.nextEu : copy.nextElsewhere;
  const help =
    helpline.name === null
      ? copy.bodyDirectory
      : format(copy.body, { to: reachLine({ ...helpline, name: helpline.name }) });
  return (
    <TipCard
      view="report-sent"
      title={copy.title}
      body={`${next} ${help}`}
      note={dangerLine(helpline, messages.helpline)}
      action={helplineAction(helpline, messages.helpline)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
