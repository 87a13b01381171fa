import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The comment-filters tip. */
export function CommentFiltersTip(props: TipProps) {
  return <ShowMeTip view="comment-filters" {...props} />;
}
