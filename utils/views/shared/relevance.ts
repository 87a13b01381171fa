import { CUES, FEED, join, LAYOUT_ATTRIBUTES, VIEW_HOOKS } from '../selectors';

/** The views' hooks, and what the fallback layer reads when they are gone (a dialog, a composer, a mark). */
const HOOKS = join([...new Set(Object.values(VIEW_HOOKS).flat()), ...CUES.dialog, ...CUES.textbox, ...CUES.marked]);
/** A class moving between a tab bar's items marks the selected one (2026-12 §2). */
const TABS = join(CUES.tabs);
const FEED_ITEM = join(FEED.item);
const LAYOUT = new Set<string>(LAYOUT_ATTRIBUTES);

/** A feed video: a list receiving only these is fenced off from the shared observer (utils/dom-observer.ts). */
export const isFeedItem = (element: Element): boolean => element.matches(FEED_ITEM);

/**
 * Whether a frame's DOM changes can have opened or closed a view, so the detectors need to run again.
 *
 * `openAnchors` are the elements of the views open at the last look: their removal closes a view.
 * Detection scans the whole document, which is costly on a feed with thousands of videos; this looks only
 * at what changed. Feed videos, by far the most frequent insertions, never contain a view (the comment
 * panel is their sibling, the report dialog a portal), so they are skipped without looking inside.
 */
export function mayChangeViews(records: readonly MutationRecord[], openAnchors: readonly Element[]): boolean {
  if (openAnchors.some((anchor) => !anchor.isConnected)) return true;
  // An element restyled every frame (a progress bar) brings many records: each is looked at once.
  const restyled = new Set<Element>();
  for (const record of records) {
    if (record.type === 'attributes') {
      const target = record.target as Element;
      if (target === target.ownerDocument.documentElement || restyled.has(target) || target.closest(FEED_ITEM))
        continue;
      if (!LAYOUT.has(record.attributeName ?? '')) return true;
      restyled.add(target);
      // A class or style change matters only where it can show or hide a view: on or around its hooks.
      if (
        target.matches(HOOKS) ||
        target.closest(TABS) ||
        target.querySelector(HOOKS) ||
        openAnchors.some((anchor) => target.contains(anchor))
      )
        return true;
      continue;
    }
    // A removal can close an open view; feed videos TikTok unmounts while scrolling never do.
    if (openAnchors.length > 0 && closesAView(record)) return true;
    // Indexed, not iterated: a feed brings thousands of these lists a second, and each iterator is garbage.
    const added = record.addedNodes;
    for (let index = 0; index < added.length; index++) {
      const node = added[index] as Node;
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (isFeedItem(element) || element.closest(FEED_ITEM)) continue;
      if (holdsHook(element)) return true;
    }
  }
  return false;
}

function closesAView(record: MutationRecord): boolean {
  const removed = record.removedNodes;
  if (removed.length === 0) return false;
  for (let index = 0; index < removed.length; index++)
    if (!(removed[index] as Element).matches?.(FEED_ITEM)) return !(record.target as Element).closest?.(FEED_ITEM);
  return false;
}

/**
 * Whether an added element is or holds a view's hook. Looking for dozens of hooks costs each node of the
 * subtree; feed videos, which never hold a view, are stepped over: a subtree holding a feed (a new page, a
 * list and its first videos) is looked at child by child, around the videos.
 */
function holdsHook(element: Element): boolean {
  if (element.matches(HOOKS)) return true;
  if (!element.querySelector(FEED_ITEM)) return element.querySelector(HOOKS) !== null;
  for (const child of element.children) if (!isFeedItem(child) && holdsHook(child)) return true;
  return false;
}

/** Whether the changes touched `<html>`'s theme or language, which only needs a repaint. */
export function touchesPageTheme(records: readonly MutationRecord[]): boolean {
  return records.some(
    (record) =>
      record.type === 'attributes' &&
      !LAYOUT.has(record.attributeName ?? '') &&
      record.target === (record.target as Element).ownerDocument?.documentElement,
  );
}
