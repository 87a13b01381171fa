import { describe, expect, it, vi } from 'vitest';
import { createCell } from '@/utils/content/cell';
import { defineFeature, startFeatures } from '@/utils/content/features';

type Need = 'settings' | 'helpline';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("the content script's feature manager", () => {
  it('starts each feature once its needs are ready, the others without waiting for it', async () => {
    const settings = deferred();
    const helpline = deferred();
    const started: string[] = [];
    const feature = (id: string, needs: Need[]) =>
      defineFeature<{ log: string[] }, Need>({ id, needs, frames: 'top', start: ({ log }) => void log.push(id) });
    const done = startFeatures(
      [feature('tips', ['settings', 'helpline']), feature('field-check', []), feature('reminders', ['settings'])],
      { log: started },
      { settings: settings.promise, helpline: helpline.promise },
      new AbortController().signal,
    );
    await Promise.resolve();
    expect(started).toEqual(['field-check']);
    settings.resolve();
    await vi.waitFor(() => expect(started).toEqual(['field-check', 'reminders']));
    helpline.resolve();
    expect(await done).toEqual([]);
    expect(started).toEqual(['field-check', 'reminders', 'tips']);
  });

  it('keeps the other features running when one fails, and names the one that failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const started: string[] = [];
    const failed = await startFeatures<null, Need>(
      [
        { id: 'broken', needs: [], frames: 'top', start: () => Promise.reject(new Error('boom')) },
        { id: 'needs-a-failed-read', needs: ['settings'], frames: 'top', start: () => void started.push('never') },
        { id: 'fine', needs: [], frames: 'top', start: () => void started.push('fine') },
      ],
      null,
      { settings: Promise.reject(new Error('storage gone')), helpline: Promise.resolve() },
      new AbortController().signal,
    );
    expect(failed.sort()).toEqual(['broken', 'needs-a-failed-read']);
    expect(started).toEqual(['fine']);
  });

  it('starts nothing once the page (or the extension) has ended', async () => {
    const ended = new AbortController();
    const ready = deferred();
    const start = vi.fn();
    const done = startFeatures<null, Need>(
      [{ id: 'late', needs: ['settings'], frames: 'top', start }],
      null,
      { settings: ready.promise, helpline: ready.promise },
      ended.signal,
    );
    ended.abort();
    ready.resolve();
    await done;
    expect(start).not.toHaveBeenCalled();
  });
});

describe('a shared cell', () => {
  it('tells its followers of each change, not of the same value again, and lets them stop', () => {
    const cell = createCell(1);
    const seen: number[] = [];
    const stop = cell.watch((value) => seen.push(value));
    cell.set(2);
    cell.set(2);
    stop();
    cell.set(3);
    expect(seen).toEqual([2]);
    expect(cell.get()).toBe(3);
  });

  it('#28 starts in a frame (TikTok embedded in another site) only what runs there, and in a tab the rest', async () => {
    const start = async (inFrame: boolean) => {
      const started: string[] = [];
      const features = (['top', 'all', 'frames'] as const).map((frames) =>
        defineFeature<null, Need>({ id: frames, needs: [], frames, start: () => void started.push(frames) }),
      );
      const ready = { settings: Promise.resolve(), helpline: Promise.resolve() };
      await startFeatures(features, null, ready, new AbortController().signal, inFrame);
      return started;
    };
    expect(await start(false)).toEqual(['top', 'all']);
    expect(await start(true)).toEqual(['all', 'frames']);
  });
});
