import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Chrome's `storage.sync` quotas (developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
export const SYNC_QUOTAS = { bytes: 102_400, perItem: 8_192, items: 512, perMinute: 120, perHour: 1_800 };

/**
 * Makes the fake browser's `storage.sync` refuse what Chrome's would: a write past the per-minute or
 * per-hour count, an item over 8 KB, more than 100 KB or 512 items in all. Counts every write and refusal.
 */
export function enforceSyncQuotas(now: () => number) {
  const writes: number[] = [];
  const refused: string[] = [];
  const original = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const at = now();
    const refuse = (why: string) => {
      refused.push(why);
      throw new Error(why);
    };
    if (writes.filter((time) => at - time < 60_000).length >= SYNC_QUOTAS.perMinute)
      refuse('MAX_WRITE_OPERATIONS_PER_MINUTE');
    if (writes.filter((time) => at - time < 3_600_000).length >= SYNC_QUOTAS.perHour)
      refuse('MAX_WRITE_OPERATIONS_PER_HOUR');
    for (const [key, value] of Object.entries(items))
      if (key.length + JSON.stringify(value).length > SYNC_QUOTAS.perItem) refuse('QUOTA_BYTES_PER_ITEM');
    const after = { ...(await fakeBrowser.storage.sync.get(null)), ...items };
    const bytes = Object.entries(after).reduce(
      (sum, [key, value]) => sum + key.length + JSON.stringify(value).length,
      0,
    );
    if (bytes > SYNC_QUOTAS.bytes) refuse('QUOTA_BYTES');
    if (Object.keys(after).length > SYNC_QUOTAS.items) refuse('MAX_ITEMS');
    writes.push(at);
    return original(items);
  });
  return {
    writes,
    refused,
    /** The most writes in any minute and any hour so far. */
    peak(windowMs: number) {
      return writes.reduce(
        (most, start) => Math.max(most, writes.filter((at) => at >= start && at - start < windowMs).length),
        0,
      );
    },
  };
}
