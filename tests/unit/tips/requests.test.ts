import { describe, expect, it } from 'vitest';
import { dismissedTips, viewLastSeen } from '@/utils/storage';
import { extensionPage, testClock, testWorker, tiktokTab } from '../worker/harness';

describe("the tips' requests", () => {
  it('records a whole tip only for a known view on a day near its own', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const tab = tiktokTab({}, { id: 1, active: true, windowId: 1 });
    for (const day of ['2026-06-12', 'yesterday', '2026-02-30'])
      expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'comments', day }, tab)).toEqual({
        ok: false,
        error: 'refused',
      });
    expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'nope', day: '2026-06-10' }, tab)).toMatchObject({
      ok: false,
    });
    expect(await worker.send({ type: 'scrollwise/tip-whole', view: 'comments', day: '2026-06-09' }, tab)).toEqual({
      ok: true,
    });
  });
});

describe('dismissed tips and views seen', () => {
  it('keeps each dismissed view once, stamps the views seen, and refuses a view that does not exist', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    for (let i = 0; i < 2; i++)
      expect(await worker.send({ type: 'scrollwise/dismiss-tip', view: 'comments' })).toEqual({ ok: true });
    expect(await dismissedTips.get()).toEqual(['comments']);
    expect(await worker.send({ type: 'scrollwise/view-seen', view: 'report' })).toEqual({ ok: true });
    expect(await viewLastSeen.get()).toEqual({ report: clock.now() });
    for (const type of ['scrollwise/dismiss-tip', 'scrollwise/view-seen'])
      expect(await worker.send({ type, view: 'feed-of-lies' })).toEqual({ ok: false, error: 'refused' });
    // A page cannot write them: only a TikTok tab has tips.
    expect(await worker.send({ type: 'scrollwise/dismiss-tip', view: 'report' }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await dismissedTips.get()).toEqual(['comments']);
  });
});
