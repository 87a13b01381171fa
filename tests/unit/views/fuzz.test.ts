import { describe, expect, it } from 'vitest';
import { detectViews } from '@/utils/views/registry';
import { FIXTURES, fixtureUrl, readFixture } from '../../support/fixtures.mjs';
import { prng, storm } from '../../support/storm';

/**
 * Seeded storms of DOM changes over every fixture (tests/support/storm.ts). After each burst: nothing
 * thrown, the detectors changed nothing, and the same DOM, copied, gives the same views.
 */
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
