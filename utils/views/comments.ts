import { COMMENTS, join } from './selectors';
import { firstShown, isShown } from './shared/dom';
import { isSettingsPage } from './shared/settings-section';
import { defineView } from './shared/view';

/**
 * The comments view: a comment panel is open, in any of TikTok's layouts (video-page drawer, the feed's
 * right sidebar, the browse modal). Its anchor is the panel, which the tip sits beside.
 *
 * A panel counts once it holds a comment or a composer: an empty shell that is still animating in would
 * otherwise flash a tip.
 */
export const comments = defineView({
  id: 'comments',
  theme: 'comments',
  holdsNudges: false,
  hooks: [...COMMENTS.list, ...COMMENTS.item.slice(0, 2)],
  detect(url, doc) {
    if (isSettingsPage(url)) return null;
    for (const panel of doc.querySelectorAll(join(COMMENTS.list))) {
      if (!isShown(panel)) continue;
      if (panel.querySelector(join(COMMENTS.item)) || panel.querySelector(join(COMMENTS.composer))) {
        return outermostPanel(panel);
      }
    }
    // A future layout may drop every container name we know; the comment rows themselves still carry data-e2e.
    const item = firstShown(doc, COMMENTS.item.slice(0, 2));
    return item ? (item.closest('section, aside, [role="dialog"]') ?? item.parentElement) : null;
  },
  // The ⋯ of the first comment is hover-gated; fall back to the comment row itself.
  showMeTarget: (anchor) => firstShown(anchor, COMMENTS.moreTrigger) ?? firstShown(anchor, COMMENTS.item),
});

/** The sidebar or drawer that wraps the list, so the tip is placed beside the whole panel. */
function outermostPanel(panel: Element): Element {
  let outer = panel;
  for (let node = panel.parentElement; node && node !== node.ownerDocument.body; node = node.parentElement) {
    if (node.matches(join(COMMENTS.list))) outer = node;
  }
  return outer;
}
