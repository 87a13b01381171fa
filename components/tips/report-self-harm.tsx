import { format } from '@/utils/i18n';
import { dangerLine, reachLine } from '../helpline-text';
import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/**
 * The report-self-harm tip: reporting can get the person help, tell an adult, and, for a teen who feels
 * the same, the country's crisis line, open day and night; its one action opens that line's page.
 */
export function ReportSelfHarmTip({ messages, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips['report-self-harm'];
  const { crisis } = helpline;
  return (
    <TipCard
      view="report-self-harm"
      title={copy.title}
      body={crisis ? format(copy.body, { to: reachLine(crisis) }) : copy.bodyDirectory}
      note={dangerLine(helpline, messages.helpline)}
      action={helplineAction(crisis ?? helpline, messages.helpline)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
