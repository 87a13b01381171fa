import type { Cell } from '../content/cell';
import { feed } from './feed';
import { CUES, join, VIEW_HOOKS } from './selectors';
import { firstShown } from './shared/dom';
import { isMessagesPage } from './shared/messages-page';
import { isSettingsPage } from './shared/settings-section';
import type { OnScreen, PageAddress } from './shared/view';

/**
 * The views that open only after a stretch of watching (`afterStretchMs`): their hooks do not say they are
 * open, their own detector does once the stretch is long enough. The only detectors the sentinel carries
 * (tests/unit/views/first-pass.test.ts holds this list to the registry's).
 */
export const WAITING_VIEWS = [feed] as const;

/**
 * Calls back when a new stretch figure crosses a view's wait: only then can it open the view, or close it (a
 * break began a new stretch), on a page that has not changed. Not at every figure (each report while the teen
 * watches): a look at the whole page reads a long feed from end to end. Returns the way to stop.
 */
export function onWaitCrossed(stretchMs: Cell<number>, callback: () => void): () => void {
  let before = stretchMs.get();
  return stretchMs.watch((after) => {
    if (WAITING_VIEWS.some((view) => view.afterStretchMs <= before !== view.afterStretchMs <= after)) callback();
    before = after;
  });
}

const waiting = new Set<string>(WAITING_VIEWS.map((view) => view.id));
// Joined once, not at each call: the first pass runs at every change that may open a view (1 KB of heap less).
const OPENING_HOOKS = join([
  ...new Set(Object.entries(VIEW_HOOKS).flatMap(([id, hooks]) => (waiting.has(id) ? [] : hooks))),
]);
const FALLBACK_CUES = join([...CUES.dialog, ...CUES.textbox]);

/**
 * Whether the page shows what a view read by the fallback layer needs: the pages of the settings and the
 * messages, a dialog, a place to type. The For You feed shows none of these, so it never loads the layer.
 */
export const mayNeedFallback = (url: PageAddress, doc: Document, onScreen: OnScreen): boolean =>
  isSettingsPage(url) || isMessagesPage(url) || firstShown(doc, FALLBACK_CUES, onScreen) !== null;

/**
 * The sentinel's first pass: whether a view may be open, so the tips (detectors, session, UI) are worth
 * loading. One query for the hooks of every view that opens on arrival, the fallback layer's own test, and
 * a view waiting for a stretch once `stretchMs` is enough (its own detector then). Never false where
 * `detectViews` finds a view, by hooks or fallback (tests/unit/views/first-pass.test.ts holds that on
 * every fixture, redesigned and stormed). It reads no other view's detector, so the sentinel carries none.
 */
export const mayOpenView = (url: PageAddress, doc: Document, onScreen: OnScreen, stretchMs: number): boolean =>
  mayNeedFallback(url, doc, onScreen) ||
  firstShown(doc, OPENING_HOOKS, onScreen) !== null ||
  mayOpenWaitingView(url, doc, onScreen, stretchMs);

/**
 * Whether a view waiting for a stretch may be open: all a new stretch figure can change, since the page
 * itself has not. Before any view's wait is over (the first quarter hour of each stretch), it reads nothing.
 */
export const mayOpenWaitingView = (url: PageAddress, doc: Document, onScreen: OnScreen, stretchMs: number): boolean =>
  WAITING_VIEWS.some((view) => {
    if (view.afterStretchMs > stretchMs) return false;
    const anchor = view.detect(url, doc, onScreen);
    return anchor !== null && onScreen(anchor);
  });
