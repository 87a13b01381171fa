import { describe, expect, it, vi } from 'vitest';
import tips from '@/entrypoints/tiktok/features/tips';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';
import type { PageServices } from '@/entrypoints/tiktok/services';
import type { LoadedUi } from '@/entrypoints/tiktok/ui-contract';
import { createCell } from '@/utils/content/cell';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { observerAtRest } from '../../support/observer-at-rest';

function startOn(url: string, ui: () => Promise<LoadedUi>) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const ctx = new ScriptContext();
  const observer = observerAtRest();
  const stretchMs = createCell(0);
  const services = { ctx, observer, settings: createCell(DEFAULT_SETTINGS), stretchMs, ui };
  tips.start(services as unknown as PageServices, ctx.signal);
  return { observer, stretchMs, schedule: vi.spyOn(observer, 'schedule') };
}

describe("the sentinel's tips (entrypoints/tiktok/features/tips.ts)", () => {
  it('loads the tips where a view may be open from the start, then stops following the page', async () => {
    const warn = vi.spyOn(console, 'warn');
    const ui = vi.fn(() => Promise.resolve({} as LoadedUi));
    const { observer, stretchMs, schedule } = startOn('https://www.tiktok.com/setting', ui);
    await vi.waitFor(() => expect(ui).toHaveBeenCalledTimes(1));
    // The tips follow the page themselves from then on: the sentinel's look and its stretch watch end.
    await vi.waitFor(() => expect(observer.listeners.size).toBe(0));
    stretchMs.set(20 * 60_000);
    expect(schedule).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it("reads nothing of the page at a new stretch figure before the feed's wait, and loads the tips past it", async () => {
    document.body.innerHTML = '<article data-e2e="recommend-list-item-container"><video></video></article>';
    const ui = vi.fn(() => Promise.resolve({} as LoadedUi));
    const { observer, stretchMs } = startOn('https://www.tiktok.com/foryou', ui);
    await vi.waitFor(() => expect(observer.listeners.size).toBe(1));
    await Promise.resolve();
    const reads = vi.spyOn(document, 'querySelectorAll');
    const measures = vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 400, height: 700 }));
    // A report a few seconds apart while the teen watches: the first quarter hour asks nothing of a long feed.
    for (const minutes of [1, 5, 14.9]) stretchMs.set(minutes * 60_000);
    expect(reads).not.toHaveBeenCalled();
    expect(measures).not.toHaveBeenCalled();
    expect(ui).not.toHaveBeenCalled();
    stretchMs.set(15 * 60_000);
    expect(ui).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(observer.listeners.size).toBe(0));
    document.body.innerHTML = '';
  });

  it('tries a load that failed again at the next change, and keeps following until one works', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ui = vi
      .fn<() => Promise<LoadedUi>>()
      .mockRejectedValueOnce(new Error('the worker is restarting'))
      .mockResolvedValue({} as LoadedUi);
    const { observer } = startOn('https://www.tiktok.com/messages', ui);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Scrollwise: no tips on this page', expect.any(Error)));
    expect(observer.listeners.size).toBe(1);
    observer.schedule();
    expect(ui).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(observer.listeners.size).toBe(0));
  });
});
