import type { ViewId } from '@/utils/views/registry';
import { TipCard } from '../TipCard';
import type { TipProps } from './types';

/**
 * The shape shared by tips whose action points at a control on the page. Without such a control in view,
 * the action still exists and simply says where to look (the body does), so no tip loses its next step.
 */
export function ShowMeTip({
  view,
  messages,
  onShowMe,
  onClose,
  onNever,
}: TipProps & { view: Exclude<ViewId, 'report-sent' | 'messages' | 'report-self-harm'> }) {
  const copy = messages.tips[view];
  return (
    <TipCard
      view={view}
      title={copy.title}
      body={copy.body}
      action={{ kind: 'show-me', label: copy.action, onClick: () => onShowMe?.() }}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
