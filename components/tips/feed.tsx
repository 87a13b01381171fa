import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The feed tip. */
export function FeedTip(props: TipProps) {
  return <ShowMeTip view="feed" {...props} />;
}
