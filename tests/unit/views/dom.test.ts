import { afterEach, describe, expect, it, vi } from 'vitest';
import { feed } from '@/utils/views/feed';
import { FEED, FEED_ITEM_TAG } from '@/utils/views/selectors';
import { firstShown } from '@/utils/views/shared/dom';
import { isOnScreen } from '@/utils/views/shared/on-screen';

/** A feed of `count` videos, each with a button; `aboveScreen` of them scrolled past. */
function feedOf(count: number, aboveScreen: number) {
  document.body.innerHTML = `<main>${'<article data-e2e="recommend-list-item-container"><button>⋯</button></article>'.repeat(count)}</main>`;
  const videos = [...document.querySelectorAll('article')];
  const scrolledPast = new Set<Element>(videos.slice(0, aboveScreen));
  return { videos, onScreen: vi.fn((element: Element) => !scrolledPast.has(element)) };
}

describe('firstShown (utils/views/shared/dom.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it("reads a feed of 2,000 videos only as far as the first on screen: the feed's look after each scroll", () => {
    const { videos, onScreen } = feedOf(2_000, 10);
    const pageReads = vi.spyOn(document, 'querySelectorAll');
    const tested = vi.spyOn(Element.prototype, 'matches');
    expect(feed.detect(new URL('https://www.tiktok.com/foryou'), document, onScreen)).toBe(videos[10]);
    // Eleven videos tested against the hook, not the page's every element.
    expect(pageReads).not.toHaveBeenCalled();
    expect(tested).toHaveBeenCalledTimes(11);
    expect(onScreen).toHaveBeenCalledTimes(11);
  });

  it('finds what a query finds, in document order: only elements of the tag that match, shown and on screen', () => {
    document.body.innerHTML = `
      <div data-e2e="recommend-list-item-container" id="not-an-article"></div>
      <article id="another-article"></article>
      <section hidden><article data-e2e="recommend-list-item-container" id="hidden"></article></section>
      <article data-e2e="recommend-list-item-container" id="first"></article>
      <article data-e2e="recommend-list-item-container" id="second"></article>`;
    for (const tag of [FEED_ITEM_TAG, undefined]) {
      expect(firstShown(document, FEED.item, undefined, tag)?.id).toBe('first');
      expect(firstShown(document, FEED.item, (element) => element.id !== 'first', tag)?.id).toBe('second');
      expect(firstShown(document.body, FEED.item, () => false, tag)).toBeNull();
    }
  });

  it('names the tag of every feed hook: a hook of another tag would never be read', () => {
    for (const hook of FEED.item) expect(hook.startsWith(`${FEED_ITEM_TAG}[`), hook).toBe(true);
  });
});

describe('isOnScreen (utils/views/shared/on-screen.ts)', () => {
  it('tells a video scrolled past from its box alone, and asks the costlier visibility test only in the area', () => {
    const video = document.createElement('article');
    const visible = vi.fn(() => true);
    Object.assign(video, { checkVisibility: visible });
    const box = (top: number) =>
      vi
        .spyOn(video, 'getBoundingClientRect')
        .mockReturnValue({ left: 0, right: 300, top, bottom: top + 500, width: 300, height: 500 } as DOMRect);
    box(-2_000);
    expect(isOnScreen(video)).toBe(false);
    expect(visible).not.toHaveBeenCalled();
    box(100);
    expect(isOnScreen(video)).toBe(true);
    visible.mockReturnValue(false);
    expect(isOnScreen(video)).toBe(false);
  });
});
