import { CUES, join, LAYOUT_ATTRIBUTES, LAYOUT_CUES, PROTECTED_CONTROLS } from '../selectors';

const AVOID = join([...PROTECTED_CONTROLS.flat(), ...LAYOUT_CUES.menuTrigger]);
const CONTROL = join(LAYOUT_CUES.control);
const LAYER = join(LAYOUT_CUES.layer);
const TEXTBOX = join(CUES.textbox);
/** How far up from a place to type its composer's own buttons (Post, emoji, Send) may sit. */
const COMPOSER_DEPTH = 3;

/**
 * TikTok's controls a tip must never cover, found once and measured at each placement: the named ones (see
 * PROTECTED_CONTROLS), and, by what they are whatever their names, every menu's trigger, and every control
 * of the view (`anchor`), of any open dialog or menu, and of every composer.
 *
 * A tip may follow a scroll at every frame, and finding the page's controls reads the whole page (about 30 ms
 * on the bench's feed of 2,000 videos, 38,000 elements) where measuring them reads only their boxes: they
 * are found again only after the shared observer reports an element added or removed (not one of `ours`),
 * or an attribute it watches changed, other than a class or a style (`pageChanged`). New text (a count, a
 * clock) adds no control; a class or style change (most frames of a playing video) only moves, shows or
 * hides one, which its box tells. The view's own controls are found at each placement: its region is
 * small, and the feed's next video may arrive in a list the shared observer no longer reports
 * (utils/dom-observer.ts).
 */
export function createProtectedControls(doc: Document = document, ours: (node: Node) => boolean = () => false) {
  let found: Element[] | null = null;
  return {
    /** The controls' boxes, as laid out now; the empty ones (hidden, not rendered) are left out. */
    boxes(anchor?: Element): DOMRect[] {
      found ??= pageControls(doc);
      const controls = anchor ? new Set([...found, ...anchor.querySelectorAll(CONTROL)]) : found;
      return [...controls]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
    },
    /** What the shared observer reported: controls are found again at the next placement if it can matter. */
    pageChanged(records: readonly MutationRecord[], forced: boolean) {
      if (forced || records.some((record) => mayChangeControls(record, ours))) found = null;
    },
  };
}

export type ProtectedControls = ReturnType<typeof createProtectedControls>;

/** Elements that are never controls nor hold any: a script the page adds, a style sheet. */
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Whether a change can add or remove a control, or make one: not new text (a count, a clock), nor a class,
 * nor one of `ours` (Scrollwise's own layers, whose controls sit in a closed shadow root: a tip that shows
 * would otherwise make the page's controls be found again).
 */
function mayChangeControls(record: MutationRecord, ours: (node: Node) => boolean): boolean {
  if (record.type !== 'childList')
    return !(LAYOUT_ATTRIBUTES as readonly (string | null)[]).includes(record.attributeName);
  const holdControls = (nodes: NodeList) =>
    [...nodes].some((node) => node.nodeType === Node.ELEMENT_NODE && !INERT.has(node.nodeName) && !ours(node));
  return holdControls(record.addedNodes) || holdControls(record.removedNodes);
}

function pageControls(doc: Document): Element[] {
  const controls = new Set<Element>(doc.querySelectorAll(AVOID));
  const scopes = [...doc.querySelectorAll(LAYER), ...[...doc.querySelectorAll(TEXTBOX)].map(composerOf)];
  for (const scope of scopes) for (const control of scope.querySelectorAll(CONTROL)) controls.add(control);
  return [...controls];
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
