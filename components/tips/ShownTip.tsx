import { TipLayer } from '@/components/TipLayer';
import type { PageCopy } from '@/utils/page-copy';
import type { Box } from '@/utils/placement';
import type { ViewId } from '@/utils/views/registry';
import { TIPS } from './registry';

export interface ShownTipProps {
  view: ViewId;
  copy: PageCopy;
  spotlight: Box | null;
  /** The chip instead of the card: seen recently (cadence), or no room beside the view. */
  folded: boolean;
  onUnfold: () => void;
  onShowMe: () => void;
  /** `forever`: "Don't show this again". */
  onClose: (forever: boolean) => void;
}

/** The tip of the view on screen, in its layer, as the tip session decided to show it. */
export function ShownTip({ view, copy, spotlight, folded, onUnfold, onShowMe, onClose }: ShownTipProps) {
  const { messages, language, helpline, theme } = copy;
  const Tip = TIPS[view];
  return (
    <TipLayer
      theme={theme}
      spotlight={spotlight}
      announcement={`${messages.tip.label}: ${messages.tips[view].title}`}
      chip={folded ? { label: messages.tips[view].chip, onOpen: onUnfold } : null}
    >
      <Tip
        messages={messages}
        language={language}
        helpline={helpline}
        onShowMe={onShowMe}
        onClose={() => onClose(false)}
        onNever={() => onClose(true)}
      />
    </TipLayer>
  );
}
