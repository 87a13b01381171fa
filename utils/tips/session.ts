import type { Settings } from '../settings';
import { type DayKey, dayKeyOf } from '../tracking/calendar';
import { type DetectedView, isViewId, type ViewId, viewById } from '../views/registry';
import { afterWholeTip, type TipShowings, tipMode } from './cadence';
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
  /** A spaced tip that just opened whole, and the family's day: the worker records it for every tab (cadence.ts). */
  whole: { view: ViewId; day: DayKey } | null;
}

/**
 * The tips' state on one TikTok page, with no DOM and no clock of its own: which tip is shown, which the
 * teen closed here (until its view closes) or never wants again, which views were seen, and the
 * "Show me" spotlight, and whether a tip opens whole or as a chip. The content script feeds it the views
 * on screen and the time, and applies the steps it returns.
 */
export function createTipSession(initialDismissed: readonly ViewId[] = []) {
  let dismissed: readonly ViewId[] = initialDismissed;
  let showings: Record<string, TipShowings> = {};
  const closedHere = new Set<ViewId>();
  const seen = new Set<ViewId>();
  let shown: DetectedView | null = null;
  let spotlight: { target: Element; until: number } | null = null;
  /**
   * The tip shows as a small chip: `room`, no spot clear of TikTok's controls (tried again at each
   * placement); `quiet`, the tip opened whole recently (cadence.ts). `opened`: the teen unfolded it.
   */
  let fold: 'room' | 'quiet' | 'opened' | null = null;

  return {
    shown: () => shown,

    /**
     * How the shown tip follows a scroll: at each frame (`frames`, beside its anchor), once the scroll ends
     * (`end`: it stays still, as its view's next anchor comes to the same place, the feed's next video), or
     * not at all (none is shown).
     */
    follows: (): 'frames' | 'end' | null =>
      shown ? (viewById(shown.id).stillWhileScrolling ? 'end' : 'frames') : null,

    update(views: readonly DetectedView[], settings: Settings, now: number): TipStep {
      const firstSeen = views.map((view) => view.id).filter((id) => !seen.has(id));
      for (const id of firstSeen) seen.add(id);
      // Closing lasts while the view stays open: the next time it opens, its tip may come back.
      for (const id of closedHere) if (!views.some((view) => view.id === id)) closedHere.delete(id);
      const next = selectTip(views, settings, dismissed, closedHere);
      const hide = shown && shown.id !== next?.id ? shown.id : null;
      const fresh = next !== null && next.id !== shown?.id;
      if (hide || !next) {
        spotlight = null;
        fold = null;
      }
      let whole: TipStep['whole'] = null;
      if (fresh) {
        const today = dayKeyOf(now, settings.dayStartHour);
        const { attention } = viewById(next.id);
        // Closed for good, where the tip offers help: the chip, never the whole tip, and never nothing.
        const quiet = dismissed.includes(next.id) || tipMode(attention, showings[next.id], today) === 'chip';
        fold = quiet ? 'quiet' : null;
        if (!quiet && attention === 'spaced') {
          showings = { ...showings, [next.id]: afterWholeTip(showings[next.id], today) };
          whole = { view: next.id, day: today };
        }
      }
      shown = next;
      return { show: next, hide, firstSeen, whole };
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
      if (shown && fold === null) fold = 'room';
    },

    /** The teen asked for the whole tip. */
    unfold() {
      if (fold === 'room' || fold === 'quiet') fold = 'opened';
    },

    folded: () => fold === 'room' || fold === 'quiet',

    /** Placing again (a scroll, a resize, the page moved): the whole card gets another try. */
    retryRoom() {
      if (fold === 'room') fold = null;
    },

    /** Whole tips recorded by any tab (or reset from the options page). */
    setShowings(next: Record<string, TipShowings>) {
      showings = next;
    },

    /** Dismissals saved by any tab (or reset from the options page); ids of views this version lacks are dropped. */
    setDismissed(ids: readonly string[]) {
      dismissed = ids.filter(isViewId);
    },

    /** Lights `target` up; returns how long it stays lit, for the paint that ends it. */
    spotlightOn(target: Element, now: number): number {
      if (shown) spotlight = { target, until: now + SPOTLIGHT_MS };
      return SPOTLIGHT_MS;
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
