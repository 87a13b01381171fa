import { commentFilters } from './comment-filters';
import { comments } from './comments';
import { contentPreferences } from './content-preferences';
import type { Fallback } from './fallback';
import { feed } from './feed';
import { messageRequest } from './message-request';
import { messages } from './messages';
import { privacySettings } from './privacy-settings';
import { report } from './report';
import { reportSelfHarm } from './report-self-harm';
import { reportSent } from './report-sent';
import { screenTimeSettings } from './screen-time-settings';
import { type SelectorList, VIEW_HOOKS } from './selectors';
import type { OnScreen, PageAddress, View } from './shared/view';

/**
 * Every view Scrollwise recognizes, most specific first: a report dialog opened from a comment sits above
 * the comment panel, and the teen needs the report tip then, not both. Each is declared in its own file;
 * every list below is derived from them, so adding a view is adding its file, one line here, and its hooks
 * in utils/views/selectors.ts (`VIEW_HOOKS`).
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
  contentPreferences,
  comments,
  feed,
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];
export const VIEW_IDS: readonly ViewId[] = VIEWS.map((view) => view.id);

const BY_ID = Object.fromEntries(VIEWS.map((view) => [view.id, view])) as Record<ViewId, View<ViewId>>;
export const viewById = (id: ViewId): View<ViewId> => BY_ID[id];

/** The hooks whose appearance can open the view (utils/views/selectors.ts). */
export const hooksOf = (id: ViewId): SelectorList => VIEW_HOOKS[id];

/** Which layer recognized a view: its named hooks, or the fallback layer's reading of the page. */
export type Layer = 'hook' | 'fallback';

export interface DetectedView {
  id: ViewId;
  anchor: Element;
  layer: Layer;
}

/**
 * The views open on the page, most specific first. "Open" means on screen: a view whose element is in the
 * DOM but not shown is closed. A view its hooks do not find is asked of the `fallback` layer, when given.
 * `asked`: the views worth looking for; the others are not looked for at all (the feed's, before its
 * stretch, which would read every video on screen of a page where teens spend their time).
 */
export function detectViews(
  url: PageAddress,
  doc: Document,
  onScreen: OnScreen = () => true,
  fallback?: Fallback,
  asked: (id: ViewId) => boolean = () => true,
): DetectedView[] {
  const found: DetectedView[] = [];
  for (const view of VIEWS as readonly View<ViewId>[]) {
    if (!asked(view.id)) continue;
    const hooked = view.detect?.(url, doc, onScreen) ?? null;
    const anchor = hooked ?? fallback?.(view.id, url, doc, onScreen);
    if (anchor && onScreen(anchor)) found.push({ id: view.id, anchor, layer: hooked ? 'hook' : 'fallback' });
  }
  return found;
}

/** Whether a view's wait for a stretch of watching (`afterStretchMs`), if it has one, is over. */
export const isRipe = (id: ViewId, stretchMs: number): boolean => (BY_ID[id].afterStretchMs ?? 0) <= stretchMs;

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
