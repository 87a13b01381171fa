// Out of the storage index: only the tips and the options page's logs follow an item this way, and every
// page loads the index.
import type { Readable } from './stored';

/**
 * Follows an item: `apply` gets its value now and at every change, then `after` runs. Watched before it
 * is read, so a change made while the page starts up (a tip turned off in another tab) is not lost to a
 * stale first read.
 */
export async function follow<T>(
  item: Pick<Readable<T>, 'get' | 'watch'>,
  apply: (value: T) => void,
  after: () => void = () => undefined,
): Promise<() => void> {
  let changed = false;
  const stop = item.watch((value) => {
    changed = true;
    apply(value);
    after();
  });
  const stored = await item.get();
  if (!changed) {
    apply(stored);
    after();
  }
  return stop;
}
