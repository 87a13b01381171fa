import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPABILITIES, type ReplyTo } from '@/utils/requests';
import { type Failure, noBody, type ReplyOf, type RequestsOf, request } from '@/utils/worker/define';
import { createDispatcher } from '@/utils/worker/dispatch';
import { EXTENSION_ID, extensionPage, testClock, testWorker, tiktokTab } from './harness';

beforeEach(() => fakeBrowser.reset());

/**
 * A request a later issue might add, declared the way every capability declares its own: one entry in a
 * table. Nothing of the dispatcher changes for it.
 */
const calls: { minutes: number; tabId: number | null }[] = [];
const scratch = {
  'scrollwise/ask-more-time': request({
    from: 'tab',
    parse: (message) =>
      typeof message.minutes === 'number' && message.minutes > 0 && message.minutes <= 30
        ? { minutes: message.minutes }
        : null,
    queued: true,
    run: async (_context, { minutes }, { tabId }): Promise<{ ok: true; asked: number } | Failure<'too-much'>> => {
      calls.push({ minutes, tabId });
      return minutes > 15 ? { ok: false, error: 'too-much' } : { ok: true, asked: minutes };
    },
  }),
};
const WITH_SCRATCH = [...CAPABILITIES, scratch] as const;

describe('a new request is one table entry', () => {
  it('type-checks as a request, with its own reply type', () => {
    type Request = RequestsOf<typeof WITH_SCRATCH>;
    expectTypeOf<{ type: 'scrollwise/ask-more-time'; minutes: number }>().toExtend<Request>();
    type Reply = ReplyOf<typeof WITH_SCRATCH, 'scrollwise/ask-more-time'>;
    expectTypeOf<Reply>().toEqualTypeOf<
      { ok: true; asked: number } | Failure<'too-much'> | Failure<'refused' | 'failed'>
    >();
    // The real tables: a reply carries what its handler returns, and nothing is guessed.
    expectTypeOf<Extract<ReplyTo<'scrollwise/export'>, { ok: true }>>().toHaveProperty('file');
  });

  it('reaches its handler from the right sender, and is refused from the wrong one, with no dispatcher edit', async () => {
    calls.length = 0;
    const worker = testWorker(testClock('2026-06-10T15:00:00'), undefined, WITH_SCRATCH);
    expect(await worker.send({ type: 'scrollwise/ask-more-time', minutes: 10 })).toEqual({ ok: true, asked: 10 });
    expect(await worker.send({ type: 'scrollwise/ask-more-time', minutes: 20 })).toEqual({
      ok: false,
      error: 'too-much',
    });
    expect(await worker.send({ type: 'scrollwise/ask-more-time', minutes: 10 }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send({ type: 'scrollwise/ask-more-time', minutes: 'ten' })).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(calls).toEqual([
      { minutes: 10, tabId: 7 },
      { minutes: 20, tabId: 7 },
    ]);
    // Without the table, the same request is nobody's.
    expect(
      await testWorker(testClock('2026-06-10T15:00:00')).send({ type: 'scrollwise/ask-more-time', minutes: 10 }),
    ).toEqual({ ok: false, error: 'refused' });
  });
});

describe('the dispatcher', () => {
  it('refuses what is not a request of ours before any handler runs', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    for (const junk of [
      null,
      'scrollwise/export',
      42,
      {},
      { type: 7 },
      { type: 'scrollwise/nope' },
      { type: 'toString' },
    ])
      expect(await worker.send(junk, extensionPage)).toEqual({ ok: false, error: 'refused' });
  });

  it('checks the sender: a page request from a TikTok tab, a tab request from a page or another extension, a frame', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(await worker.send({ type: 'scrollwise/export' }, tiktokTab())).toEqual({ ok: false, error: 'refused' });
    expect(await worker.send({ type: 'scrollwise/dismiss-tip', view: 'report' }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send({ type: 'scrollwise/safety-pass' }, tiktokTab({ id: 'another-extension' }))).toEqual({
      ok: false,
      error: 'refused',
    });
    // A frame is TikTok's (its embed player on another site) only when its own URL is.
    expect(
      await worker.send({ type: 'scrollwise/safety-pass' }, tiktokTab({ frameId: 3, url: 'https://news.example/' })),
    ).toEqual({ ok: false, error: 'refused' });
    expect(await worker.send({ type: 'scrollwise/safety-pass' }, tiktokTab({ url: 'https://example.com/' }))).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send({ type: 'scrollwise/safety-pass' }, tiktokTab())).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/safety-pass' }, tiktokTab({ frameId: 3 }))).toEqual({ ok: true });
    // The limit page offers what the in-page reminder does: one of ours, from either.
    expect(await worker.send({ type: 'scrollwise/safety-pass' }, extensionPage)).toEqual({ ok: true });
  });

  it('answers `failed`, never throws, when a handler throws; queued requests still run in order after it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const order: string[] = [];
    const table = {
      'scrollwise/boom': request({
        from: 'page',
        parse: noBody,
        queued: true,
        run: async () => {
          order.push('boom');
          throw new Error('broken');
        },
      }),
      'scrollwise/slow': request({
        from: 'page',
        parse: noBody,
        queued: true,
        run: async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push('slow');
          return { ok: true } as const;
        },
      }),
      'scrollwise/quick': request({
        from: 'page',
        parse: noBody,
        queued: true,
        run: async () => {
          order.push('quick');
          return { ok: true } as const;
        },
      }),
    };
    const worker = testWorker(testClock('2026-06-10T15:00:00'), undefined, [table]);
    const replies = await Promise.all(
      ['scrollwise/slow', 'scrollwise/boom', 'scrollwise/quick'].map((type) => worker.send({ type }, extensionPage)),
    );
    expect(replies).toEqual([{ ok: true }, { ok: false, error: 'failed' }, { ok: true }]);
    expect(order).toEqual(['slow', 'boom', 'quick']);
  });

  it("asks an entry's guard first, in the queue: its refusal is the reply, and the handler never runs", async () => {
    let open = false;
    const ran: string[] = [];
    const table = {
      'scrollwise/guarded': request({
        from: 'page',
        parse: noBody,
        guard: async () => (open ? null : ({ ok: false, error: 'closed' } as const)),
        queued: true,
        run: async () => {
          ran.push('run');
          return { ok: true } as const;
        },
      }),
    };
    const worker = testWorker(testClock('2026-06-10T15:00:00'), undefined, [table]);
    expect(await worker.send({ type: 'scrollwise/guarded' }, extensionPage)).toEqual({ ok: false, error: 'closed' });
    expect(ran).toEqual([]);
    open = true;
    expect(await worker.send({ type: 'scrollwise/guarded' }, extensionPage)).toEqual({ ok: true });
    expect(ran).toEqual(['run']);
    expectTypeOf<ReplyOf<[typeof table], 'scrollwise/guarded'>>().toEqualTypeOf<
      { readonly ok: true } | { readonly ok: false; readonly error: 'closed' } | Failure<'refused' | 'failed'>
    >();
  });

  it('will not start with two handlers for one request', () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(() => createDispatcher([CAPABILITIES[0], CAPABILITIES[0]], worker.context)).toThrow(/two handlers/);
  });

  it('knows the extension by its id: a page of another extension is refused', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const stranger = { id: `${EXTENSION_ID}x`, url: 'chrome-extension://other/popup.html' };
    expect(await worker.send({ type: 'scrollwise/export' }, stranger)).toEqual({ ok: false, error: 'refused' });
  });
});
