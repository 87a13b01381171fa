import { CUES, join, LAYOUT_CUES, PROTECTED_CONTROLS } from '../selectors';

const AVOID = join([...PROTECTED_CONTROLS.flat(), ...LAYOUT_CUES.menuTrigger]);
const CONTROL = join(LAYOUT_CUES.control);
const LAYER = join(LAYOUT_CUES.layer);
const TEXTBOX = join(CUES.textbox);
/** How far up from a place to type its composer's own buttons (Post, emoji, Send) may sit. */
const COMPOSER_DEPTH = 3;

/**
 * The boxes of TikTok's controls a tip must never cover, as laid out now: the named ones (see
 * PROTECTED_CONTROLS), and, by what they are whatever their names, every menu's trigger, and every control
 * of the view (`anchor`), of any open dialog or menu, and of every composer.
 */
export function protectedBoxes(doc: Document = document, anchor?: Element): DOMRect[] {
  const controls = new Set<Element>(doc.querySelectorAll(AVOID));
  const scopes = [...doc.querySelectorAll(LAYER), ...[...doc.querySelectorAll(TEXTBOX)].map(composerOf)];
  if (anchor) scopes.push(anchor);
  for (const scope of scopes) for (const control of scope.querySelectorAll(CONTROL)) controls.add(control);
  return [...controls]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

/** The bar around a place to type: a few levels up, short of the page's body. */
function composerOf(textbox: Element): Element {
  let bar = textbox;
  for (
    let depth = 0;
    depth < COMPOSER_DEPTH && bar.parentElement && bar.parentElement !== textbox.ownerDocument.body;
    depth++
  )
    bar = bar.parentElement;
  return bar;
}
