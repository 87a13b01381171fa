/**
 * Seeded storms of DOM changes, as TikTok's React (or a hostile script) would make: inserts, removals,
 * moves, attribute flips and decoys (tests/unit/views/fuzz.test.ts, first-pass.test.ts).
 */
const DECOYS = [
  '<div data-e2e="report-form" hidden><label data-e2e="report-card-reason">Spam</label></div>',
  '<form data-e2e="report-form"><label data-e2e="report-card-reason">Hate and harassment</label></form>',
  '<div class="css-1x--DivCommentListContainer"><div class="css-2x--DivCommentItemWrapper">hi</div></div>',
  '<span>Report</span><span>Signaler</span>',
  '<div role="tablist"><div role="tab" aria-selected="true">Comments</div></div>',
  '<div data-e2e="comment-level-1">nice</div>',
  '<button class="css-3x--ButtonFinish">Done</button>',
  '<p aria-hidden="true">Privacy</p>',
];
const ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-selected', 'aria-current', 'data-e2e', 'class', 'style'];
const VALUES = ['true', 'false', '', 'report-form', 'display:none', 'css-9--DivCommentListContainer', 'nav-privacy'];

export function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

export function storm(doc: Document, random: () => number, steps: number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  for (let step = 0; step < steps; step++) {
    const elements = [...doc.body.querySelectorAll('*')];
    const target = elements.length > 0 ? pick(elements) : doc.body;
    const roll = random();
    if (roll < 0.3) target.insertAdjacentHTML(random() < 0.5 ? 'beforeend' : 'afterend', pick(DECOYS));
    else if (roll < 0.5 && target !== doc.body) target.remove();
    else if (roll < 0.6) {
      const parent = pick(elements);
      if (parent && !target.contains(parent)) parent.append(target);
    } else if (roll < 0.8) target.setAttribute(pick(ATTRIBUTES), pick(VALUES));
    else target.removeAttribute(pick(ATTRIBUTES));
  }
}
