import { describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';
import type { UiParts } from '@/entrypoints/tiktok-ui/parts';
import { startTips } from '@/entrypoints/tiktok-ui/tips';
import { createCell } from '@/utils/content/cell';
import type { CopyFor } from '@/utils/page-copy';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { observerAtRest } from '../../support/observer-at-rest';

const FEED = '<article data-e2e="recommend-list-item-container"><video></video></article>'.repeat(40);

describe("the UI file's tips (entrypoints/tiktok-ui/tips.ts)", () => {
  it("look at the page again when a stretch figure crosses the feed's wait, either way, and not at every figure", async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/foryou');
    document.body.innerHTML = FEED;
    const ctx = new ScriptContext();
    const observer = observerAtRest();
    const stretchMs = createCell(0);
    const parts = { ctx, observer, settings: createCell(DEFAULT_SETTINGS), stretchMs, reportOpen: createCell(false) };
    // No tip shows here (nothing is on screen in this DOM), so no copy is read.
    startTips(parts as unknown as UiParts, (() => undefined) as unknown as CopyFor);
    await vi.waitFor(() => expect(observer.listeners.size).toBe(1));
    await Promise.resolve();
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
    document.body.innerHTML = '';
  });
});
