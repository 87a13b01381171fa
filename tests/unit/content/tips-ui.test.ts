import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';
import type { UiParts } from '@/entrypoints/tiktok-ui/parts';
import { startTips } from '@/entrypoints/tiktok-ui/tips';
import { createCell } from '@/utils/content/cell';
import type { CopyFor } from '@/utils/page-copy';
import { createPageCopy } from '@/utils/page-copy';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { PAGE_HOSTS } from '../../support/layers.mjs';
import { observerAtRest } from '../../support/observer-at-rest';

// happy-dom lays nothing out: which elements are on screen is the test's to say (none unless it does).
const screen = vi.hoisted(() => ({ shows: (_element: Element): boolean => false }));
vi.mock('@/utils/views/shared/on-screen', () => ({ isOnScreen: (element: Element) => screen.shows(element) }));

const FEED = '<article data-e2e="recommend-list-item-container"><video></video></article>'.repeat(40);

/** An event as the browser fires it (one a script dispatches is not trusted). */
const trusted = (event: Event) => Object.defineProperty(event, 'isTrusted', { value: true });

/** A comment panel beside the feed: its tip follows the panel at each frame of a scroll. */
const COMMENTS = '<div data-e2e="comment-list"><div data-e2e="comment-level-1">hello</div></div>';

/**
 * The tips started on a feed of 40 videos (and `more`), after `stretchMinutes` of watching; `copyFor` is what
 * the tips paint with.
 */
async function feedTips(stretchMinutes: number, copyFor: CopyFor, more = '') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/foryou');
  document.body.innerHTML = FEED + more;
  const ctx = new ScriptContext();
  const observer = observerAtRest();
  const stretchMs = createCell(stretchMinutes * 60_000);
  const parts = { ctx, observer, settings: createCell(DEFAULT_SETTINGS), stretchMs, reportOpen: createCell(false) };
  startTips(parts as unknown as UiParts, copyFor);
  await vi.waitFor(() => expect(observer.listeners.size).toBe(1));
  await Promise.resolve();
  return { observer, stretchMs };
}

describe("the UI file's tips (entrypoints/tiktok-ui/tips.ts)", () => {
  afterEach(() => {
    screen.shows = () => false;
    document.body.innerHTML = '';
    for (const host of document.querySelectorAll(PAGE_HOSTS.any)) host.remove();
    vi.restoreAllMocks();
  });

  it("places the feed's tip beside the next video after a scroll, without painting it again", async () => {
    const videos = () => [...document.querySelectorAll('article')];
    screen.shows = (element) => element === videos()[0];
    const copyFor = vi.fn(createPageCopy().copyFor);
    const listens = vi.spyOn(window, 'addEventListener');
    await feedTips(16, copyFor);
    await vi.waitFor(() => expect(document.querySelector(PAGE_HOSTS.tip)).not.toBeNull());
    // The tip stays still while the feed scrolls: its frames are not listened to, only their end.
    const types = listens.mock.calls.map(([type]) => type);
    expect(types).toContain('scrollend');
    expect(types).not.toContain('scroll');
    const paints = copyFor.mock.calls.length;
    expect(paints).toBeGreaterThan(0);
    const host = document.querySelector(PAGE_HOSTS.tip);
    // The teen scrolls to the next video; the tip's view is looked at again once the scroll stops.
    const looks = vi.spyOn(document, 'getElementsByTagName');
    screen.shows = (element) => element === videos()[1];
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(trusted(new Event('scrollend')));
    await vi.waitFor(() => expect(looks).toHaveBeenCalledWith('article'), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector(PAGE_HOSTS.tip)).toBe(host);
    expect(copyFor).toHaveBeenCalledTimes(paints);
  });

  it('stops listening to scroll frames once the teen closes a tip that followed them', async () => {
    screen.shows = (element) => element.closest('[data-e2e="comment-list"]') !== null;
    const shadows = vi.spyOn(Element.prototype, 'attachShadow');
    const listens = vi.spyOn(window, 'addEventListener');
    const unlistens = vi.spyOn(window, 'removeEventListener');
    await feedTips(0, createPageCopy().copyFor, COMMENTS);
    await vi.waitFor(() => expect(document.querySelector(PAGE_HOSTS.tip)).not.toBeNull());
    const frames = listens.mock.calls.find(([type]) => type === 'scroll')?.[1];
    expect(frames).toBeDefined();
    const root = shadows.mock.results.at(-1)?.value as ShadowRoot;
    await vi.waitFor(() => expect(root.querySelector('button.close')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('button.close')?.click();
    expect(document.querySelector(PAGE_HOSTS.tip)).toBeNull();
    // Closed, the tip follows nothing: a scroll's frames no longer call into the content script.
    expect(unlistens.mock.calls.some(([type, listener]) => type === 'scroll' && listener === frames)).toBe(true);
  });

  it("look at the page again when a stretch figure crosses the feed's wait, either way, and not at every figure", async () => {
    // No tip shows here (nothing is on screen in this DOM), so no copy is read.
    const { stretchMs } = await feedTips(0, (() => undefined) as unknown as CopyFor);
    const reads = vi.spyOn(document, 'querySelectorAll');
    // A report every few seconds while the teen watches: the page has not changed, a long feed is not read.
    for (const minutes of [0.5, 5, 14.9]) stretchMs.set(minutes * 60_000);
    expect(reads).not.toHaveBeenCalled();
    stretchMs.set(15 * 60_000);
    expect(reads).toHaveBeenCalled();
    reads.mockClear();
    stretchMs.set(16 * 60_000);
    expect(reads).not.toHaveBeenCalled();
    // A break began a new stretch: the feed's tip, if open, closes.
    stretchMs.set(0);
    expect(reads).toHaveBeenCalled();
  });
});
