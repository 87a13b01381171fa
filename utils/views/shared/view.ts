import type { TipTheme } from '../../settings';
import type { Attention } from '../../tips/cadence';

/**
 * The part of the page's address views read. The UI file hands in `location` itself, the sentinel
 * `pageAddress(document.URL)`: parsing the address into a `URL` at each look would cost an object a frame,
 * and the interface's own heap in the content script's world.
 */
export type PageAddress = Pick<URL, 'pathname'>;

/**
 * The path of an address, for the sentinel, which reads `document.URL` rather than `location`: `Location`
 * is an interface of its own in the content script's world, about 3 KB of heap in every TikTok tab.
 */
export const pageAddress = (url: string): PageAddress => ({
  pathname: /^[a-z][\w+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] || '/',
});

/** Whether an element is on screen; injected, so detectors stay pure (see `on-screen.ts`). */
export type OnScreen = (element: Element) => boolean;

/**
 * A pure function of the page: the element the view's tip sits beside, or null when the view is closed.
 * `onScreen` lets a detector skip a candidate that is in the DOM but not shown, to find the one that is;
 * without it (markup-only unit tests) every element counts as on screen.
 */
export type Detector = (url: PageAddress, doc: Document, onScreen?: OnScreen) => Element | null;

/**
 * Everything Scrollwise knows about one TikTok view, in the view's own file (`utils/views/<id>.ts`). The
 * registry builds every list from these; the tip is `components/tips/<id>.tsx`, the copy is keyed by the
 * id in `utils/i18n/`, the fixtures name it in `tests/support/fixtures.mjs`, its hooks are `VIEW_HOOKS[id]`
 * in utils/views/selectors.ts.
 */
export interface View<Id extends string = string> {
  id: Id;
  /** Which switch of the tips settings turns this view's tip on and off. */
  theme: TipTheme;
  /**
   * The view by its named hooks. None for a view that only TikTok's words tell apart (the self-harm reason,
   * the comment filters): the fallback layer reads those (utils/views/fallback/), in the UI file. The hooks
   * whose appearance can open the view are `VIEW_HOOKS[id]`, in utils/views/selectors.ts.
   */
  detect?: Detector;
  /**
   * The control a "show me" highlights, looked up inside the view's anchor; null when there is none. None
   * here for a view whose control only words or layout find: the UI file's `SHOW_ME` (utils/views/fallback/).
   */
  showMeTarget?: (anchor: Element) => Element | null;
  /** While the view is on screen, no screen-time reminder covers the page (TikTok's safety tools). */
  holdsReminders: boolean;
  /**
   * Its tip offers the helpline at a moment of harm (a report sent, strangers' messages): "Don't show this
   * again" folds it to a chip there from then on, so the helpline stays one click away.
   */
  offersHelp: boolean;
  /** Whether its tip opens whole each time (a rare moment) or spaced out, a chip in between (see cadence.ts). */
  attention: Attention;
  /** Open only once the teen has watched this long on end (the worker's stretch), never on arrival. */
  afterStretchMs?: number;
  /**
   * Its anchor is whatever sits at one place on screen (the feed's video playing), which a scroll replaces
   * with the next in the same place: its tip stays still while the page scrolls, and the view is looked at
   * again once the scroll stops, to sit beside the new anchor. A tip that followed its anchor would leave
   * with it and come back, and each frame of a scroll would read the page.
   */
  stillWhileScrolling?: true;
}

/**
 * Declares a view, keeping its id as a literal type so the registry can derive `ViewId`, and its own shape
 * (a view with hooks keeps `detect` as required).
 */
export const defineView = <const Id extends string, Declared extends View<Id>>(view: Declared & View<Id>): Declared =>
  view;
