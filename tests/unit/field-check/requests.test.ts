import { describe, expect, it } from 'vitest';
import { extensionPage, testClock, testWorker, tiktokTab } from '../worker/harness';

describe("the field check's request", () => {
  it('relays only a well-formed report from the TikTok tab, and only to an extension page', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    // The harness's browser has no TikTok tab to ask: no report, and nothing made up.
    expect(await worker.send({ type: 'scrollwise/field-check' }, extensionPage)).toEqual({ ok: true, report: null });
    worker.context.checkTikTokTab = async () => ({ views: 'all of them' });
    expect(await worker.send({ type: 'scrollwise/field-check' }, extensionPage)).toEqual({ ok: true, report: null });
    expect(await worker.send({ type: 'scrollwise/field-check' }, tiktokTab())).toEqual({ ok: false, error: 'refused' });
  });
});
