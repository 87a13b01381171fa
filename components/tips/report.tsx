import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The report tip: choosing a reason, what moderators do, and blocking. */
export function ReportTip(props: TipProps) {
  return <ShowMeTip view="report" {...props} />;
}
