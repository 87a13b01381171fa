import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The screen-time-settings tip: TikTok's daily limit and breaks, and Scrollwise's own limit. */
export function ScreenTimeSettingsTip(props: TipProps) {
  return <ShowMeTip view="screen-time-settings" {...props} />;
}
