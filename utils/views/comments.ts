import { COMMENTS, join } from './selectors';
import { firstShown, isShown } from './shared/dom';
import { isSettingsPage } from './shared/settings-section';
import { defineView, type OnScreen } from './shared/view';

/**
 * The comments view: a comment panel is on screen, in any of TikTok's layouts (the video page's right
 * panel, the For You sidebar, the browse modal). Its anchor is the panel, which the tip sits beside.
 *
 * A panel counts once it holds a comment or a composer (an empty shell still animating in would flash a
 * tip), and, on the video page, only while its Comments tab is the selected one: the list stays mounted
 * behind "You may like".
 */
export const comments = defineView({
  id: 'comments',
  theme: 'comments',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  detect(url, doc, onScreen = () => true) {
    if (isSettingsPage(url) || commentsTabUnselected(doc)) return null;
    for (const panel of doc.querySelectorAll(join(COMMENTS.list))) {
      if (!isShown(panel) || !onScreen(panel)) continue;
      if (shownIn(panel, COMMENTS.item, onScreen) || shownIn(panel, COMMENTS.composer, onScreen)) {
        return outermostPanel(panel);
      }
    }
    // A future layout may drop every container name we know; the comment rows themselves still carry data-e2e.
    const item = firstShown(doc, COMMENTS.item.slice(0, 2), onScreen);
    return item ? (item.closest('section, aside, [role="dialog"]') ?? item.parentElement) : null;
  },
  // The ⋯ of the first comment shows on hover; fall back to the comment row itself.
  showMeTarget: (anchor) => firstShown(anchor, COMMENTS.moreTrigger) ?? firstShown(anchor, COMMENTS.item),
});

const shownIn = (root: Element, list: readonly string[], onScreen: OnScreen) =>
  firstShown(root, list, onScreen) !== null;

/**
 * The video page's tab bar says another tab ("You may like") is selected: by `aria-selected` where the tab
 * carries it, else by the class TikTok marks the selected tab with (2026-12 §2), found on another tab of
 * the bar; and, that class renamed, by the mark itself: the selected tab is the one tab of the bar carrying
 * more classes than the others (on itself or its title).
 */
export function commentsTabUnselected(doc: Document): boolean {
  const tab = doc.querySelector(join(COMMENTS.tab));
  if (!tab?.parentElement) return false;
  const selected = (tab.matches('[aria-selected]') ? tab : tab.querySelector('[aria-selected]'))?.getAttribute(
    'aria-selected',
  );
  if (selected) return selected === 'false';
  const tabs = [...tab.parentElement.children];
  // TikTok's mark outweighs any count of classes; without it, the one extra class is the mark.
  const weights = tabs.map((item) =>
    [item, ...item.querySelectorAll('*')].reduce(
      (sum, node) => sum + node.classList.length + (node.matches(join(COMMENTS.tabActive)) ? 99 : 0),
      0,
    ),
  );
  const heaviest = tabs.filter((_, index) => weights[index] === Math.max(...weights));
  return heaviest.length === 1 && heaviest[0] !== tab;
}

/** The sidebar or drawer that wraps the list, so the tip is placed beside the whole panel. */
function outermostPanel(panel: Element): Element {
  let outer = panel;
  for (let node = panel.parentElement; node && node !== node.ownerDocument.body; node = node.parentElement) {
    if (node.matches(join(COMMENTS.list))) outer = node;
  }
  return outer;
}
