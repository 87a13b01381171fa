import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The privacy-settings tip: private account, comments, messages, Duet/Stitch, account suggestions. */
export function PrivacySettingsTip(props: TipProps) {
  return <ShowMeTip view="privacy-settings" {...props} />;
}
