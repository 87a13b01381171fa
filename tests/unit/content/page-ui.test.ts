import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverPageUi, loadPageUi } from '@/utils/content/page-ui';
import { testClock, testWorker, tiktokTab } from '../worker/harness';

beforeEach(() => fakeBrowser.reset());

/** The worker's injection as it happens: the file runs, delivers itself, and the injection reports success. */
const injecting = (ui: object) => async () => {
  deliverPageUi(ui);
  return true;
};

describe('the page UI, loaded when first needed', () => {
  it('resolves to what the injected file delivered', async () => {
    const ui = { name: 'ui' };
    await expect(loadPageUi(injecting(ui))).resolves.toBe(ui);
  });

  it('refuses when the worker could not inject it, and a later load still works', async () => {
    await expect(loadPageUi(async () => false)).rejects.toThrow(/could not load/);
    // The refused load's hand-over is gone: a file running now delivers to nobody.
    deliverPageUi({ stale: true });
    const ui = { name: 'second' };
    await expect(loadPageUi(injecting(ui))).resolves.toBe(ui);
  });

  it('refuses, rather than waits for ever, when the file ran but delivered nothing', async () => {
    await expect(loadPageUi(async () => true)).rejects.toThrow(/did not arrive/);
  });

  it('the worker injects it into the asking TikTok frame only', async () => {
    const worker = testWorker(testClock('2026-12-05T10:00:00'));
    expect(await worker.send({ type: 'scrollwise/load-ui' })).toEqual({ ok: true });
    const frame = tiktokTab({ frameId: 3, url: 'https://www.tiktok.com/embed/v2/7300000000000000000' });
    expect(await worker.send({ type: 'scrollwise/load-ui' }, frame)).toEqual({ ok: true });
    // Another site's page, and another extension, are refused.
    const elsewhere = tiktokTab({ url: 'https://example.com/' });
    expect((await worker.send({ type: 'scrollwise/load-ui' }, elsewhere)).ok).toBe(false);
    expect((await worker.send({ type: 'scrollwise/load-ui' }, { ...tiktokTab(), id: 'other' })).ok).toBe(false);
    expect(worker.injectedUi).toEqual(['7:0', '7:3']);
  });
});
