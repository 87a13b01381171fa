import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The content-preferences tip. */
export function ContentPreferencesTip(props: TipProps) {
  return <ShowMeTip view="content-preferences" {...props} />;
}
