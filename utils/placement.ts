import type { ProtectedControls } from './views/shared/protected';

/** A rectangle in viewport pixels (a subset of DOMRect, so tests can pass plain objects). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
const MARGIN = 8;

/**
 * Where a tip of `size` goes so it sits beside `anchor` (the open view) without covering it or any of
 * `avoid` (TikTok's Submit/Done buttons, the comment box, the settings switches).
 *
 * Tries beside, then below/above, then the viewport's corners, and takes the first spot that is fully on
 * screen and covers nothing; when every spot covers something, the one covering the least. `clear` says
 * it covers none of `avoid` (it may sit over the view itself): when false, the caller folds the tip.
 */
export function placeTip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Box[],
): { left: number; top: number; clear: boolean } {
  const top = clamp(anchor.top + GAP, MARGIN, viewport.height - size.height - MARGIN);
  const left = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  const candidates = [
    { left: anchor.left - size.width - GAP, top },
    { left: anchor.left + anchor.width + GAP, top },
    { left, top: anchor.top + anchor.height + GAP },
    { left, top: anchor.top - size.height - GAP },
    { left: viewport.width - size.width - MARGIN, top: viewport.height - size.height - MARGIN },
    { left: MARGIN, top: viewport.height - size.height - MARGIN },
    { left: viewport.width - size.width - MARGIN, top: MARGIN },
    { left: MARGIN, top: MARGIN },
  ];
  let best = { left: viewport.width - size.width - MARGIN, top: viewport.height - size.height - MARGIN, clear: false };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const box = { left: candidate.left, top: candidate.top, width: size.width, height: size.height };
    if (!fits(box, viewport)) continue;
    const covered = avoid.reduce((sum, other) => sum + overlap(box, other), 0);
    const cost = overlap(box, anchor) + covered * 4;
    if (cost === 0) return { ...candidate, clear: true };
    if (cost < bestCost) {
      // Over the view itself is second best; over one of TikTok's controls is not clear.
      best = { ...candidate, clear: covered === 0 };
      bestCost = cost;
    }
  }
  return best;
}

export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function fits(box: Box, viewport: { width: number; height: number }): boolean {
  return (
    box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/** Where the tip goes, and whether the session folds it: the pieces of the page a placement reads. */
export interface Folding {
  folded(): boolean;
  retryRoom(): void;
  foldForRoom(): void;
}

/**
 * Places the tip, trying the whole card first each time (the room may have come back), and folding it
 * into its chip when the card would cover one of TikTok's controls. `rerender` draws what the session
 * now says (card or chip) before `place` measures it; both happen in the same frame, so the teen never
 * sees the card the chip replaces.
 */
export function placeFolding(
  session: Folding,
  place: () => { left: number; top: number; clear: boolean },
  rerender: () => void,
) {
  if (session.folded()) {
    session.retryRoom();
    rerender();
  }
  let spot = place();
  if (!spot.clear) {
    session.foldForRoom();
    if (session.folded()) {
      rerender();
      spot = place();
    }
  }
  return spot;
}

/**
 * Places the tip's frame beside its view's anchor, clear of TikTok's `controls`, in the page as laid out now
 * (see `placeFolding`).
 */
export function placeFrame(
  frame: HTMLElement,
  anchor: Element,
  controls: ProtectedControls,
  session: Folding,
  rerender: () => void,
) {
  const avoid = controls.boxes(anchor);
  const viewport = { width: innerWidth, height: innerHeight };
  const place = () => placeTip(anchor.getBoundingClientRect(), frame.getBoundingClientRect(), viewport, avoid);
  const spot = placeFolding(session, place, rerender);
  frame.style.left = `${Math.round(spot.left)}px`;
  frame.style.top = `${Math.round(spot.top)}px`;
  frame.dataset.placed = '';
}
