import { describe, expect, it } from 'vitest';
import { detectViews } from '@/utils/views/registry';
import { FIXTURES, fixtureUrl, readFixture } from '../../support/fixtures.mjs';

/**
 * Seeded storms of DOM changes over every fixture, as TikTok's React (or a hostile script) would make:
 * inserts, removals, moves, attribute flips and decoys. After each burst: nothing thrown, the detectors
 * changed nothing, and the same DOM, copied, gives the same views.
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

function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

function storm(doc: Document, random: () => number, steps: number) {
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

const ids = (url: URL, doc: Document) => detectViews(url, doc).map((view) => view.id);

describe('detectors under mutation storms', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: no exception, no change made, same DOM same views`, () => {
      const url = new URL(fixtureUrl(fixture));
      const doc = new DOMParser().parseFromString(readFixture(fixture), 'text/html');
      const random = prng(fixture.name.length * 7919 + 17);
      const seen = new Set<string>();
      for (let round = 0; round < 25; round++) {
        storm(doc, random, 40);
        const before = doc.documentElement.outerHTML;
        const views = ids(url, doc);
        expect(doc.documentElement.outerHTML, `round ${round}`).toBe(before);
        expect(ids(url, doc)).toEqual(views);
        // A copy of the same tree (a reparse would not be: the HTML parser rewrites nested forms).
        const again = doc.cloneNode(true) as Document;
        expect(ids(url, again), `round ${round}`).toEqual(views);
        seen.add(views.join(','));
      }
      // The storm is strong enough to open and close views, not only to leave the page as it was.
      expect(seen.size).toBeGreaterThan(1);
    });
  }
});
