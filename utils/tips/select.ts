import type { Settings } from '../settings';
import { type DetectedView, type ViewId, viewById } from '../views/registry';

/**
 * The one tip to show, if any: the most specific open view whose theme is on, which the teen has not
 * closed on this page and not asked never to see again (a view that offers help stays, as a chip: see
 * the session). One tip at a time keeps TikTok usable.
 */
export function selectTip(
  views: readonly DetectedView[],
  settings: Settings,
  dismissedForever: readonly ViewId[],
  closedThisPage: ReadonlySet<ViewId>,
): DetectedView | null {
  const first = views[0];
  if (!first) return null;
  const { theme, offersHelp } = viewById(first.id);
  const blocked =
    !settings.tips[theme] || (dismissedForever.includes(first.id) && !offersHelp) || closedThisPage.has(first.id);
  return blocked ? null : first;
}
