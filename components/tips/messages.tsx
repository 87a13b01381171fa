import { dangerLine } from '../helpline-text';
import { TipCard } from '../TipCard';
import { helplineAction } from './helpline-action';
import type { TipProps } from './types';

/**
 * The messages tip: sextortion as child-protection services advise (send nothing more, don't pay, it is
 * not the teen's fault, keep the chat and never the images, block, tell someone), who takes an intimate
 * image down in their country, and the danger number. Its one action is the helpline open now. Nothing of
 * the page's messages is read: the tip is the same for every conversation.
 */
export function MessagesTip({ messages, helpline, onClose, onNever }: TipProps) {
  const copy = messages.tips.messages;
  return (
    <TipCard
      view="messages"
      title={copy.title}
      body={`${copy.body} ${copy.imageRemoval[helpline.imageRemoval]}`}
      note={dangerLine(helpline, messages.helpline)}
      action={helplineAction(helpline, messages.helpline)}
      messages={messages}
      onClose={onClose}
      onNever={onNever}
    />
  );
}
