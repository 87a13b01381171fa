import type { ComponentChildren } from 'preact';
import type { Theme } from '@/utils/page-theme';
import type { Box } from '@/utils/placement';

export interface TipLayerProps {
  theme: Theme;
  /** The highlighted control while "show me" runs. */
  spotlight: Box | null;
  /** Read once by screen readers when the tip appears; the card itself never takes focus. */
  announcement: string;
  /** A small chip that opens the whole tip, instead of the tip: seen recently (cadence), or no room beside the view. */
  chip: { label: string; onOpen: () => void } | null;
  children: ComponentChildren;
}

/** Everything one tip draws: the positioned card, the optional spotlight, and a polite announcement. */
export function TipLayer({ theme, spotlight, announcement, chip, children }: TipLayerProps) {
  return (
    <div class="root" data-theme={theme}>
      <div class="frame" data-folded={chip ? '' : undefined}>
        {chip ? (
          <button type="button" class="chip" aria-expanded="false" onClick={chip.onOpen}>
            <span class="icon" aria-hidden="true">
              i
            </span>{' '}
            {chip.label}
          </button>
        ) : (
          children
        )}
      </div>
      {spotlight && (
        <div
          class="spotlight"
          data-testid="spotlight"
          style={{
            left: `${spotlight.left - 6}px`,
            top: `${spotlight.top - 6}px`,
            width: `${spotlight.width + 12}px`,
            height: `${spotlight.height + 12}px`,
          }}
        />
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
