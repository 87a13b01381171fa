import { join, type SelectorList } from '../selectors';

/**
 * Whether an element could be on screen. Layout-free on purpose, so detectors stay pure and testable in
 * happy-dom; TikTok hides closed panels with `hidden`, `aria-hidden` or `display:none` on an ancestor.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * The first shown element matching any selector of the list (or of a list joined once, where it runs
 * often), in document order (and on screen, if asked). `tag`: the one tag every selector of the list
 * names. The elements are then read one at a time from the browser's live list of that tag, so a look that
 * stops at the first on screen (the feed's video, a few screens down) reads that far, not a page of
 * thousands: a `querySelectorAll` matches every element of the page at each call.
 */
export function firstShown(
  root: ParentNode,
  list: SelectorList | string,
  onScreen: (element: Element) => boolean = () => true,
  tag?: string,
): Element | null {
  const selector = typeof list === 'string' ? list : join(list);
  const byTag = tag && 'getElementsByTagName' in root;
  const found = byTag ? (root as Document | Element).getElementsByTagName(tag) : root.querySelectorAll(selector);
  // The layout test first: a feed's videos scrolled past fail it at once, where `isShown` walks to the root.
  for (let index = 0, element = found.item(0); element; element = found.item(++index))
    if ((!byTag || element.matches(selector)) && onScreen(element) && isShown(element)) return element;
  return null;
}

/** Text with whitespace folded and typographic apostrophes made plain, lower-cased for matching. */
export function normalizedText(element: Element): string {
  return (element.textContent ?? '').replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The elements that hold words directly (a text node that is not blank), innermost, in document order. */
export function* wordHolders(root: Element): Generator<Element, void> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement && node.textContent?.trim()) yield node.parentElement;
}
