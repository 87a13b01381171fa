/**
 * Whether an element is on screen or a scroll away: rendered (not `display:none`, `visibility:hidden` or
 * fully transparent, here or on an ancestor), with a size, and inside the area the page can scroll to
 * (not parked at negative coordinates or past the page's end). Reads layout, so detectors do not call it
 * directly: the content script hands it to `detectViews`, and unit tests hand in a predicate of their own.
 * A page that hides a report form, or moves one out of reach, opens no view.
 */
export function isOnScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  const page = element.ownerDocument.documentElement;
  if (!view || box.width < 2 || box.height < 2) return false;
  const right = Math.max(view.innerWidth, page.scrollWidth - view.scrollX);
  const bottom = Math.max(view.innerHeight, page.scrollHeight - view.scrollY);
  if (!(box.right > 0 && box.bottom > 0 && box.left < right && box.top < bottom)) return false;
  // Last, as it costs the most: the feed's videos scrolled past are out of the area above.
  return (
    typeof element.checkVisibility !== 'function' ||
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}
