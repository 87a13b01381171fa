import { CUES, join, MESSAGES, WORDS } from '../selectors';
import { firstShown, isShown, normalizedText } from '../shared/dom';
import { isMessagesPage } from '../shared/messages-page';
import type { Detector, OnScreen } from '../shared/view';

const CONTROLS = join(['button', '[role="button"]']);
const TEXTBOX = join(CUES.textbox);
const ROWS = join(['[role="button"]', '[role="listitem"]', '[role="option"]', 'li']);
/** How far up from its "Accept" the request's box may hold its "Delete". */
const BOX_DEPTH = 4;

/**
 * An opened message request read as a person reads it (2026-12 §7): no public markup shows the box of the
 * `dm-new` generation, so on `/messages` it is the place with "Accept" and "Delete" side by side and no
 * composer in it; a blocked chat (`dm-warning`) offers "Unblock", never "Accept".
 */
export const messageRequestFallback: Detector = (url, doc, onScreen = () => true) => {
  if (!isMessagesPage(url)) return null;
  for (const accept of choices(doc, WORDS.accept, onScreen)) {
    let box = accept.parentElement;
    for (let depth = 0; box && depth < BOX_DEPTH; depth++, box = box.parentElement) {
      if (box.querySelector(TEXTBOX)) break;
      if (choices(box, WORDS.decline, onScreen).length > 0) return box;
    }
  }
  return null;
};

/**
 * The messages page read as a person reads it: an open chat is where the teen types (its composer); with
 * no chat open, the conversation list's rows, which keep their conversation ids when every name changes.
 * A request is its own view, first.
 */
export const messagesFallback: Detector = (url, doc, onScreen = () => true) => {
  if (!isMessagesPage(url) || messageRequestFallback(url, doc, onScreen)) return null;
  const composer = firstShown(doc, CUES.textbox, onScreen);
  if (composer) return composer.closest('main, [role="main"], section') ?? composer.parentElement;
  const row = firstShown(doc, MESSAGES.row, onScreen);
  return row?.parentElement ?? repeatedRows(doc, onScreen);
};

/** The conversation list by its structure: two or more row-like siblings, each a button with words. */
function repeatedRows(doc: Document, onScreen: OnScreen): Element | null {
  for (const row of doc.querySelectorAll(ROWS)) {
    const list = row.parentElement;
    if (!list || !isShown(row) || !onScreen(row) || !normalizedText(row)) continue;
    if ([...list.children].filter((other) => other.matches(ROWS) && normalizedText(other)).length >= 2) return list;
  }
  return null;
}

/** The buttons whose whole words match, shown. */
function choices(root: ParentNode, words: RegExp, onScreen: OnScreen): Element[] {
  return [...root.querySelectorAll(CONTROLS)].filter(
    (control) => words.test(normalizedText(control)) && isShown(control) && onScreen(control),
  );
}
