import type { Settings } from '../settings';
import { type DetectedView, type ViewId, viewById } from '../views/registry';

/**
 * The one tip to show, if any: the most specific open view whose theme is on, which the teen has not
 * closed on this page and not asked never to see again. One tip at a time keeps TikTok usable.
 */
export function selectTip(
  views: readonly DetectedView[],
  settings: Settings,
  dismissedForever: readonly ViewId[],
  closedThisPage: ReadonlySet<ViewId>,
): DetectedView | null {
  const first = views[0];
  if (!first) return null;
  const blocked =
    !settings.tips[viewById(first.id).theme] || dismissedForever.includes(first.id) || closedThisPage.has(first.id);
  return blocked ? null : first;
}
