import { describe, expect, it, vi } from 'vitest';
import { fallback } from '@/utils/views/fallback';
import { detectViews, isRipe, VIEW_IDS, viewById } from '@/utils/views/registry';
import { FIXTURES, fixtureUrl, readFixture } from '../../support/fixtures.mjs';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const pages = FIXTURES.map((fixture) => ({
  fixture,
  url: new URL(fixtureUrl(fixture)),
  doc: load(readFixture(fixture)),
}));

const all = () => true;
/** What the content script does: the view's hooks, else the fallback layer. */
const recognized = (id: (typeof VIEW_IDS)[number], url: URL, doc: Document) =>
  viewById(id).detect?.(url, doc, all) ?? fallback(id, url, doc, all);

describe('each detector against every fixture', () => {
  for (const id of VIEW_IDS) {
    for (const { fixture, url, doc } of pages) {
      // A view still open beneath the fixture's own (the Privacy section under its comments sheet) matches too.
      const expected = fixture.view === id || fixture.afterStretch === id || (fixture.beneath ?? []).includes(id);
      it(`${id} ${expected ? 'matches' : 'does not match'} ${fixture.name}`, () => {
        expect(recognized(id, url, doc) !== null).toBe(expected);
      });
    }
  }

  it('puts the fixture’s own view first, above any view still open beneath it', () => {
    for (const { fixture, url, doc } of pages.filter((page) => page.fixture.view !== null))
      expect(detectViews(url, doc, all, fallback)[0]?.id, fixture.name).toBe(fixture.view);
  });

  it('every view has at least one fixture', () => {
    for (const id of VIEW_IDS)
      expect(FIXTURES.some((fixture) => fixture.view === id || fixture.afterStretch === id)).toBe(true);
  });

  it('no view open on arrival on the plain feed and the real pages; the feed only after a stretch', () => {
    for (const { fixture, url, doc } of pages.filter((page) => page.fixture.view === null)) {
      const found = detectViews(url, doc, all, fallback);
      expect(
        found.filter((view) => isRipe(view.id, 0)),
        fixture.name,
      ).toEqual([]);
      expect(
        found.map((view) => view.id).filter((id) => isRipe(id, 16 * 60_000)),
        fixture.name,
      ).toEqual(fixture.afterStretch ? [fixture.afterStretch] : []);
    }
  });

  it('does not look for a view it is not asked for: the feed before its stretch reads no video', () => {
    const page = pages.find(({ fixture }) => fixture.afterStretch === 'feed');
    if (!page) throw new Error('no feed fixture with a stretch');
    const { url, doc } = page;
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const onScreen = (element: Element) => element.getBoundingClientRect() !== null;
    expect(detectViews(url, doc, onScreen, undefined, (id) => isRipe(id, 0)).map((view) => view.id)).toEqual([]);
    expect(measured).not.toHaveBeenCalled();
    expect(detectViews(url, doc, onScreen, undefined, (id) => isRipe(id, 16 * 60_000)).map((view) => view.id)).toEqual([
      'feed',
    ]);
    expect(measured).toHaveBeenCalled();
    measured.mockRestore();
  });
});
