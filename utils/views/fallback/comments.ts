import { commentsTabUnselected } from '../comments';
import { CUES, join, LAYOUT_CUES, WORDS } from '../selectors';
import { isShown } from '../shared/dom';
import { isSettingsPage } from '../shared/settings-section';
import type { Detector } from '../shared/view';

const PROFILE_LINK = join(LAYOUT_CUES.profileLink);
const TEXTBOX = join(CUES.textbox);
/** How far up from a Reply control its row's profile link may be, and from the list its composer. */
const ROW_DEPTH = 6;
const PANEL_DEPTH = 4;

/**
 * The comment panel read as a person reads it: a list of rows, each with a link to its writer's profile
 * and a Reply control ("Reply" / « Répondre »). A profile grid has links and no Reply; the Activity panel
 * has no Reply either. The anchor is the list, or the panel around it that holds the composer.
 */
export const commentsFallback: Detector = (url, doc, onScreen = () => true) => {
  if (isSettingsPage(url) || commentsTabUnselected(doc) || !doc.body) return null;
  const rows: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && rows.length < 2; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // Only a short text can be a Reply control: the long ones are skipped before any folding.
    if (text.length > 12 || !WORDS.reply.test(text.trim().toLowerCase())) continue;
    const control = node.parentElement;
    const row = control && isShown(control) && onScreen(control) ? rowOf(control) : null;
    if (row && !rows.some((other) => other.contains(row) || row.contains(other))) rows.push(row);
  }
  const [first, second] = rows;
  if (!first) return null;
  const list = second ? commonAncestor(first, second) : first.parentElement;
  return list ? panelOf(list) : null;
};

/** The nearest ancestor of a Reply control that holds a link to a profile: the comment's row. */
function rowOf(control: Element): Element | null {
  let node = control.parentElement;
  for (let depth = 0; node && depth < ROW_DEPTH; depth++, node = node.parentElement)
    if (node.querySelector(PROFILE_LINK)) return node;
  return null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node = a.parentElement; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

/** The panel around the list when it holds the composer a few levels up, else the list. */
function panelOf(list: Element): Element {
  let node = list.parentElement;
  for (let depth = 0; node && depth < PANEL_DEPTH && node !== node.ownerDocument.body; depth++) {
    if (node.querySelector(TEXTBOX)) return node;
    node = node.parentElement;
  }
  return list;
}
