import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProtectedControls } from '@/utils/views/shared/protected';

/** Every element laid out as a 10 × 10 box at its own place (happy-dom lays nothing out). */
function layOut() {
  let next = 0;
  const places = new WeakMap<Element, number>();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (!places.has(this)) places.set(this, next++);
    const top = (places.get(this) ?? 0) * 20;
    return { left: 0, top, width: 10, height: 10, right: 10, bottom: top + 10, x: 0, y: top } as DOMRect;
  });
}

/** What the shared observer hands over for `change`: the page's real mutation records. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: false });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const PAGE = `
  <nav><a href="/foryou">For You</a></nav>
  <main><article id="video"><button id="like">Like</button></article></main>
  <div data-e2e="comment-input"></div>`;

describe("TikTok's controls a tip stays clear of (utils/views/shared/protected.ts)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it("finds the page's controls once, measures them at each placement, and the view's own each time", () => {
    document.body.innerHTML = PAGE;
    layOut();
    const controls = createProtectedControls(document);
    const video = document.getElementById('video') as Element;
    const pageReads = vi.spyOn(document, 'querySelectorAll');
    const viewReads = vi.spyOn(video, 'querySelectorAll');
    const first = controls.boxes(video);
    // The nav's link, the composer, and the video's button.
    expect(first).toHaveLength(3);
    const found = pageReads.mock.calls.length;
    expect(found).toBeGreaterThan(0);
    // A scroll: the same controls, measured again, and the page not read.
    expect(controls.boxes(video)).toHaveLength(3);
    expect(pageReads).toHaveBeenCalledTimes(found);
    expect(viewReads).toHaveBeenCalledTimes(2);
  });

  it('finds them again after an element added or removed, or an attribute other than a class or style, and only then', async () => {
    document.body.innerHTML = PAGE;
    layOut();
    const controls = createProtectedControls(document);
    const count = () => controls.boxes().length;
    expect(count()).toBe(2);
    const quiet = [
      // A playing video restyles itself at most frames; a count or a clock changes its text.
      () => document.getElementById('like')?.setAttribute('style', 'opacity: .9'),
      () => document.querySelector('nav')?.setAttribute('class', 'css-1-nav'),
      () => document.getElementById('like')?.append(' 12K'),
      () => document.head.append(Object.assign(document.createElement('script'), { type: 'x' })),
    ];
    for (const change of quiet) {
      const records = await recordsOf(change);
      expect(records.length).toBeGreaterThan(0);
      controls.pageChanged(records, false);
      const pageReads = vi.spyOn(document, 'querySelectorAll');
      expect(count()).toBe(2);
      expect(pageReads).not.toHaveBeenCalled();
      pageReads.mockRestore();
    }
    // A menu's trigger added (TikTok's ⋯), a button made one, a nav removed: each is seen at the next placement.
    const added = await recordsOf(() =>
      document.body.insertAdjacentHTML('beforeend', '<span aria-haspopup="menu" id="more">⋯</span>'),
    );
    controls.pageChanged(added, false);
    expect(count()).toBe(3);
    const renamed = await recordsOf(() => document.getElementById('like')?.setAttribute('aria-haspopup', 'dialog'));
    controls.pageChanged(renamed, false);
    expect(count()).toBe(4);
    const removed = await recordsOf(() => document.querySelector('nav')?.remove());
    controls.pageChanged(removed, false);
    expect(count()).toBe(3);
    // A look the content script asked for (a new address, a fence lifted): found again.
    document.getElementById('more')?.setAttribute('data-e2e', 'more-action-icon');
    const pageReads = vi.spyOn(document, 'querySelectorAll');
    controls.pageChanged([], true);
    controls.boxes();
    expect(pageReads).toHaveBeenCalled();
  });

  it("is not found again when Scrollwise's own layer comes and goes (a tip shown, hidden, shown beside the next video)", async () => {
    document.body.innerHTML = PAGE;
    layOut();
    const host = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).innerHTML = '<button>Close</button>';
    const controls = createProtectedControls(document, (node) => node === host);
    controls.boxes();
    const pageReads = vi.spyOn(document, 'querySelectorAll');
    for (const change of [() => document.documentElement.append(host), () => host.remove()]) {
      controls.pageChanged(await recordsOf(change), false);
      expect(controls.boxes()).toHaveLength(2);
    }
    expect(pageReads).not.toHaveBeenCalled();
    // The page's own element, added beside it, is news.
    controls.pageChanged(await recordsOf(() => document.documentElement.append(document.createElement('div'))), false);
    controls.boxes();
    expect(pageReads).toHaveBeenCalled();
  });

  it('leaves out a control that is not laid out (hidden) until it is', () => {
    document.body.innerHTML = PAGE;
    const controls = createProtectedControls(document);
    // happy-dom lays nothing out: every box is empty.
    expect(controls.boxes()).toEqual([]);
    layOut();
    expect(controls.boxes()).toHaveLength(2);
  });
});
