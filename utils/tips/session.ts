import type { Settings } from '../settings';
import { type DetectedView, isViewId, type ViewId } from '../views/registry';
import { selectTip } from './select';

/** How long "Show me" keeps TikTok's control highlighted. */
export const SPOTLIGHT_MS = 4_000;

/** What the page's tip layer must do after the views on screen changed. */
export interface TipStep {
  /** The tip to show now (mount it, or move it to a new anchor), or null for none. */
  show: DetectedView | null;
  /** The tip shown before, when it must go (another view won, or its view closed). */
  hide: ViewId | null;
  /** Views on screen for the first time on this page: the worker records when each was last seen. */
  firstSeen: ViewId[];
}

/**
 * The tips' state on one TikTok page, with no DOM and no clock of its own: which tip is shown, which the
 * teen closed here (until its view closes) or never wants again, which views were seen, and the
 * "Show me" spotlight. The content script feeds it the views on screen and applies the steps it returns.
 */
export function createTipSession(initialDismissed: readonly ViewId[] = []) {
  let dismissed: readonly ViewId[] = initialDismissed;
  const closedHere = new Set<ViewId>();
  const seen = new Set<ViewId>();
  let shown: DetectedView | null = null;
  let spotlight: { target: Element; until: number } | null = null;
  /** The tip shows as a small chip; `opened`: the teen unfolded it, and it stays open. */
  let fold: 'folded' | 'opened' | null = null;

  return {
    shown: () => shown,

    update(views: readonly DetectedView[], settings: Settings): TipStep {
      const firstSeen = views.map((view) => view.id).filter((id) => !seen.has(id));
      for (const id of firstSeen) seen.add(id);
      // Closing lasts while the view stays open: the next time it opens, its tip may come back.
      for (const id of closedHere) if (!views.some((view) => view.id === id)) closedHere.delete(id);
      const next = selectTip(views, settings, dismissed, closedHere);
      const hide = shown && shown.id !== next?.id ? shown.id : null;
      if (hide || !next) {
        spotlight = null;
        fold = null;
      }
      shown = next;
      return { show: next, hide, firstSeen };
    },

    /** The worker could not record a first sighting: it is tried again when next evaluated. */
    unseen(id: ViewId) {
      seen.delete(id);
    },

    /** The teen closed the tip; returns its view, to be saved when `forever`. */
    close(forever: boolean): ViewId | null {
      if (!shown) return null;
      const { id } = shown;
      closedHere.add(id);
      if (forever) dismissed = [...dismissed, id];
      shown = null;
      spotlight = null;
      fold = null;
      return id;
    },

    /** No spot for the whole card covers none of TikTok's controls: it folds, unless the teen opened it. */
    foldForRoom() {
      if (shown && fold === null) fold = 'folded';
    },

    /** The teen asked for the whole tip. */
    unfold() {
      if (fold === 'folded') fold = 'opened';
    },

    folded: () => fold === 'folded',

    /** Placing again (a scroll, a resize, the page moved): the whole card gets another try. */
    retryRoom() {
      if (fold === 'folded') fold = null;
    },

    /** Dismissals saved by any tab (or reset from the options page); ids of views this version lacks are dropped. */
    setDismissed(ids: readonly string[]) {
      dismissed = ids.filter(isViewId);
    },

    spotlightOn(target: Element, now: number) {
      if (shown) spotlight = { target, until: now + SPOTLIGHT_MS };
    },

    /** The highlighted control while the spotlight lasts and the control is still in the page. */
    spotlight(now: number): Element | null {
      if (spotlight && (now >= spotlight.until || !spotlight.target.isConnected)) spotlight = null;
      return spotlight?.target ?? null;
    },

    /** The URL moved (TikTok is a single-page app): a spotlight belongs to the page it started on. */
    newPage() {
      spotlight = null;
    },
  };
}

export type TipSession = ReturnType<typeof createTipSession>;
