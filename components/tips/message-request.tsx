import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The message-request tip: the teen chooses; "Show me" points at TikTok's Delete and Report this user. */
export function MessageRequestTip(props: TipProps) {
  return <ShowMeTip view="message-request" {...props} />;
}
