import { commentFilters } from './comment-filters';
import { comments } from './comments';
import { messageRequest } from './message-request';
import { messages } from './messages';
import { privacySettings } from './privacy-settings';
import { report } from './report';
import { reportSelfHarm } from './report-self-harm';
import { reportSent } from './report-sent';
import { screenTimeSettings } from './screen-time-settings';
import type { SelectorList } from './selectors';
import type { OnScreen, View } from './shared/view';

/**
 * Every view Scrollwise recognizes, most specific first: a report dialog opened from a comment sits above
 * the comment panel, and the teen needs the report tip then, not both. Each is declared in its own file;
 * every list below is derived from them, so adding a view is adding its file and one line here.
 */
export const VIEWS = [
  reportSent,
  reportSelfHarm,
  report,
  messageRequest,
  messages,
  commentFilters,
  privacySettings,
  screenTimeSettings,
  comments,
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
export const VIEW_IDS: readonly ViewId[] = VIEWS.map((view) => view.id);

const BY_ID = Object.fromEntries(VIEWS.map((view) => [view.id, view])) as Record<ViewId, View<ViewId>>;
export const viewById = (id: ViewId): View<ViewId> => BY_ID[id];

/** Every hook whose appearance can open one of the views (the DOM observer's filter). */
export const VIEW_HOOKS: SelectorList = [...new Set(VIEWS.flatMap((view) => view.hooks))];

export interface DetectedView {
  id: ViewId;
  anchor: Element;
}

/**
 * The views open on the page, most specific first. "Open" means on screen: a view whose element is in the
 * DOM but not shown is closed.
 */
export function detectViews(url: URL, doc: Document, onScreen: OnScreen = () => true): DetectedView[] {
  const found: DetectedView[] = [];
  for (const view of VIEWS) {
    const anchor = view.detect(url, doc, onScreen);
    if (anchor && onScreen(anchor)) found.push({ id: view.id, anchor });
  }
  return found;
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
