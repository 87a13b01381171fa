import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snapshotForExport } from '@/utils/storage';
import { follow } from '@/utils/storage/follow';
import { dismissedTips, ledger, localLock, reminderLog, reminderState, viewLastSeen } from '@/utils/storage/write';

beforeEach(() => fakeBrowser.reset());

describe('stored items give parsed values, whatever is stored', () => {
  it('reads a corrupt or foreign value as the empty default', async () => {
    await fakeBrowser.storage.local.set({
      dismissedTips: 'comments',
      viewLastSeen: ['report'],
      nudges: { v: 9, day: 3 },
      nudgeLog: { at: 1 },
      parentLock: { pin: '1234' },
      ledger: 42,
    });
    expect(await dismissedTips.get()).toEqual([]);
    expect(await viewLastSeen.get()).toEqual({});
    expect(await reminderState.get()).toBeNull();
    expect(await reminderLog.get()).toEqual([]);
    expect((await localLock.get()).pin).toBeNull();
    expect((await ledger.get()).stretch).toBeNull();
  });

  it('keeps what parses and drops the rest, entry by entry', async () => {
    await fakeBrowser.storage.local.set({
      dismissedTips: ['report', 7, null, 'comments'],
      viewLastSeen: { report: 1_000, comments: 'yesterday' },
    });
    expect(await dismissedTips.get()).toEqual(['report', 'comments']);
    expect(await viewLastSeen.get()).toEqual({ report: 1_000 });
  });

  it('watches with parsed values too', async () => {
    const seen: unknown[] = [];
    const stop = dismissedTips.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ dismissedTips: ['report', 3] });
    await fakeBrowser.storage.local.set({ dismissedTips: 'garbage' });
    stop();
    expect(seen).toEqual([['report'], []]);
  });

  it('updates by reading, changing and writing the parsed value', async () => {
    await fakeBrowser.storage.local.set({ dismissedTips: ['report', false] });
    await dismissedTips.update((ids) => [...ids, 'comments']);
    expect(await fakeBrowser.storage.local.get('dismissedTips')).toEqual({ dismissedTips: ['report', 'comments'] });
  });
});

describe('the export snapshot', () => {
  it('splits the day records from the rest and never holds the PIN records', async () => {
    await fakeBrowser.storage.local.set({
      'day:2026-06-10': { v: 1 },
      dismissedTips: ['report'],
      parentLock: { v: 1, pin: null },
      parentLock$: { v: 1 },
      policyCache: { parentPin: {} },
    });
    expect(await snapshotForExport()).toEqual({
      days: { '2026-06-10': { v: 1 } },
      other: { dismissedTips: ['report'] },
    });
  });
});

describe('following an item', () => {
  it('gives the stored value, then every change; a change during the first read wins over that read', async () => {
    await fakeBrowser.storage.local.set({ dismissedTips: ['comments'] });
    const seen: string[][] = [];
    let after = 0;
    const stop = await follow(
      dismissedTips,
      (value) => seen.push(value),
      () => after++,
    );
    expect(seen).toEqual([['comments']]);
    await fakeBrowser.storage.local.set({ dismissedTips: ['comments', 'report'] });
    await vi.waitFor(() => expect(seen).toEqual([['comments'], ['comments', 'report']]));
    expect(after).toBe(2);
    stop();
    await fakeBrowser.storage.local.set({ dismissedTips: [] });
    expect(seen).toHaveLength(2);
  });
});
