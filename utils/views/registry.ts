import { detectComments } from './comments';
import { detectPrivacySettings } from './privacy-settings';
import { detectReport } from './report';
import { detectReportSent } from './report-sent';
import { detectScreenTimeSettings } from './screen-time-settings';

/** Every view Scrollwise recognizes; the id names its detector, tip, fixtures and tests alike. */
export const VIEW_IDS = ['report-sent', 'report', 'privacy-settings', 'screen-time-settings', 'comments'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** A pure function of the page: the element the view's tip sits beside, or null when the view is closed. */
export type Detector = (url: URL, doc: Document) => Element | null;

export const DETECTORS: Record<ViewId, Detector> = {
  'report-sent': detectReportSent,
  report: detectReport,
  'privacy-settings': detectPrivacySettings,
  'screen-time-settings': detectScreenTimeSettings,
  comments: detectComments,
};

export interface DetectedView {
  id: ViewId;
  anchor: Element;
}

/**
 * The views open on the page, most specific first: a report dialog opened from a comment sits above the
 * comment panel, and the teen needs the report tip then, not both.
 */
export function detectViews(url: URL, doc: Document): DetectedView[] {
  const found: DetectedView[] = [];
  for (const id of VIEW_IDS) {
    const anchor = DETECTORS[id](url, doc);
    if (anchor) found.push({ id, anchor });
  }
  return found;
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
