import { describe, expect, it } from 'vitest';
import { fallback } from '@/utils/views/fallback';
import { mayOpenView, WAITING_VIEWS } from '@/utils/views/first-pass';
import { detectViews, isRipe, VIEW_IDS, VIEWS } from '@/utils/views/registry';
import { VIEW_HOOKS } from '@/utils/views/selectors';
import { pageAddress } from '@/utils/views/shared/view';
import { FIXTURES, fixtureUrl, readFixture } from '../../support/fixtures.mjs';
import { DRILLS } from '../../support/redesign.mjs';
import { prng, storm } from '../../support/storm';

/**
 * The sentinel loads the tips only when its first pass says a view may be open: a view the full reading
 * would find, where the first pass says no, would never get its tip. So on every page, as made, after
 * each redesign drill and through mutation storms, before and after the feed's stretch: wherever
 * `detectViews` (hooks, then the fallback layer) finds a view, `mayOpenView` says yes.
 */
const all = () => true;
const STRETCHES = [0, 16 * 60_000];
const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const VARIANTS = [{ name: 'as made', apply: (html: string) => html }, ...DRILLS];

/** The views the full reading finds that the first pass would have missed, at each stretch. */
function missed(url: URL, doc: Document): string[] {
  return STRETCHES.flatMap((stretch) => {
    const found = detectViews(url, doc, all, fallback, (id) => isRipe(id, stretch)).map((view) => view.id);
    // The sentinel reads the address as `document.URL`, through `pageAddress`.
    return found.length > 0 && !mayOpenView(pageAddress(url.href), doc, all, stretch)
      ? [`${found.join(',')} at ${stretch} ms`]
      : [];
  });
}

describe("the sentinel's first pass", () => {
  it("reads a page's path from its address as `location` would, without it", () => {
    for (const href of [
      'https://www.tiktok.com/setting?lang=fr#privacy',
      'https://www.tiktok.com/fr/messages/',
      'https://www.tiktok.com/@creator/video/7312345678901234567?is_from_webapp=1',
      'https://www.tiktok.com',
      'https://www.tiktok.com?x=1',
      'https://www.tiktok.com:8443/foryou#top',
    ])
      expect(pageAddress(href).pathname, href).toBe(new URL(href).pathname);
  });

  for (const fixture of FIXTURES) {
    const url = new URL(fixtureUrl(fixture));
    it(`${fixture.name}: says a view may be open wherever one is, redesigned or stormed`, () => {
      for (const variant of VARIANTS) {
        const doc = load(variant.apply(readFixture(fixture)));
        expect(missed(url, doc), variant.name).toEqual([]);
        const random = prng(fixture.name.length * 104729 + variant.name.length);
        for (let round = 0; round < 10; round++) {
          storm(doc, random, 30);
          expect(missed(url, doc), `${variant.name}, storm ${round}`).toEqual([]);
        }
      }
    });
  }

  it('says no on the For You feed before its stretch, its menu open or not, so watching never loads the tips', () => {
    const feeds = FIXTURES.filter((fixture) => /^(foryou-feed|feed-menu)/.test(fixture.name));
    expect(feeds.length).toBe(4);
    for (const fixture of feeds) {
      const url = new URL(fixtureUrl(fixture));
      const doc = load(readFixture(fixture));
      expect(mayOpenView(url, doc, all, 0), fixture.name).toBe(false);
      expect(mayOpenView(url, doc, all, 16 * 60_000), fixture.name).toBe(true);
    }
  });

  it("knows every view's hooks, and every view that waits for a stretch, without reading the registry", () => {
    expect(Object.keys(VIEW_HOOKS).sort()).toEqual([...VIEW_IDS].sort());
    expect(WAITING_VIEWS.map((view) => view.id)).toEqual(
      VIEWS.filter((view) => 'afterStretchMs' in view).map((view) => view.id),
    );
  });
});
