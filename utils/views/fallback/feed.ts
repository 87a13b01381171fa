import { FEED, join } from '../selectors';
import { firstShown } from '../shared/dom';

/**
 * The feed's "Show me": "Not interested" once the ⋯ menu is open, else the ⋯ of the video at the screen's
 * centre (the one playing), else of the view's own video (its anchor).
 */
export function feedControlToShow(anchor: Element): Element | null {
  const doc = anchor.ownerDocument;
  const view = doc.defaultView;
  const centre = view ? doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2) : null;
  const video = centre?.closest(join(FEED.item)) ?? anchor;
  return firstShown(doc, FEED.notInterested) ?? firstShown(video, FEED.more);
}
