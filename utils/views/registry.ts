import { detectComments } from './comments';
import { detectPrivacySettings } from './privacy-settings';
import { detectReport } from './report';
import { detectReportSent } from './report-sent';
import { detectScreenTimeSettings } from './screen-time-settings';

/** Every view Scrollwise recognizes; the id names its detector, tip, fixtures and tests alike. */
export const VIEW_IDS = ['report-sent', 'report', 'privacy-settings', 'screen-time-settings', 'comments'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Whether an element is on screen; injected, so detectors stay pure (see `on-screen.ts`). */
export type OnScreen = (element: Element) => boolean;

/**
 * A pure function of the page: the element the view's tip sits beside, or null when the view is closed.
 * `onScreen` lets a detector skip a candidate that is in the DOM but not shown, to find the one that is.
 */
export type Detector = (url: URL, doc: Document, onScreen: OnScreen) => Element | null;

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
 * comment panel, and the teen needs the report tip then, not both. "Open" means on screen: a view whose
 * element is in the DOM but not shown is closed.
 */
export function detectViews(url: URL, doc: Document, onScreen: OnScreen = () => true): DetectedView[] {
  const found: DetectedView[] = [];
  for (const id of VIEW_IDS) {
    const anchor = DETECTORS[id](url, doc, onScreen);
    if (anchor && onScreen(anchor)) found.push({ id, anchor });
  }
  return found;
}

/** Views during which no screen-time reminder covers the page: TikTok's report flow and its last step. */
export function holdsNudges(id: ViewId): boolean {
  return id === 'report' || id === 'report-sent';
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
