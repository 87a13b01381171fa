/**
 * Whether an element is really on screen: rendered (not `display:none`, `visibility:hidden` or fully
 * transparent, here or on an ancestor), with a size, and inside the viewport. Reads layout, so it is not
 * called by detectors directly: the content script hands it to `detectViews`, and unit tests hand in a
 * predicate of their own. A page that hides a report form, or parks one off-screen, opens no view.
 */
export function isOnScreen(element: Element): boolean {
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  )
    return false;
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  if (!view || box.width < 2 || box.height < 2) return false;
  return box.right > 0 && box.bottom > 0 && box.left < view.innerWidth && box.top < view.innerHeight;
}
