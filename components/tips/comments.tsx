import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The comments tip: how to report a hurtful comment, and how to filter comments on your own videos. */
export function CommentsTip(props: TipProps) {
  return <ShowMeTip view="comments" {...props} />;
}
