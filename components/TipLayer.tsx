import type { ComponentChildren } from 'preact';
import type { Theme } from '@/utils/page-theme';
import type { Box } from '@/utils/placement';

export interface TipLayerProps {
  theme: Theme;
  /** The highlighted control while "show me" runs. */
  spotlight: Box | null;
  /** Read once by screen readers when the tip appears; the card itself never takes focus. */
  announcement: string;
  children: ComponentChildren;
}

/** Everything one tip draws: the positioned card, the optional spotlight, and a polite announcement. */
export function TipLayer({ theme, spotlight, announcement, children }: TipLayerProps) {
  return (
    <div class="root" data-theme={theme}>
      <div class="frame">{children}</div>
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
