import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/**
 * The messages tip: strangers can pretend, never send photos or money, pressure is not the teen's fault,
 * and who takes an intimate image down in their country. Its one action is the helpline. Nothing of the
 * page's messages is read: the tip is the same for every conversation.
 */
export function MessagesTip({ messages, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips.messages;
  return (
    <TipCard
      view="messages"
      title={copy.title}
      body={`${copy.body} ${copy.imageRemoval[helpline.imageRemoval]}`}
      action={helplineAction(helpline, messages.helpline)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
