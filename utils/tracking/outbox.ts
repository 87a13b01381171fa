import type { Slice } from './slice';

/** What became of one send: the worker answered (counted or refused for good), or could not be reached. */
export type Delivery = 'answered' | 'unreachable';

/** Slices kept for a worker that cannot be reached: ten minutes of heartbeats. */
const KEPT = 40;

/**
 * The slices a tab has measured and the worker has not answered yet, sent one at a time and in order. A
 * worker stopped mid-request (or being restarted) answers nothing: the slice stays first in line and goes
 * again with the next report or retry. The worker counts a session's sequence number once, so a slice it
 * did count before the answer was lost is not counted twice; order matters because it ignores an older
 * number once it has seen a newer one.
 */
export function createOutbox(send: (slice: Slice) => Promise<Delivery>) {
  const queue: Slice[] = [];
  let sending = false;

  const drain = async () => {
    if (sending) return;
    sending = true;
    try {
      for (let next = queue[0]; next; next = queue[0]) {
        if ((await send(next)) === 'unreachable') return;
        queue.shift();
      }
    } finally {
      sending = false;
    }
  };

  return {
    push(slice: Slice): Promise<void> {
      queue.push(slice);
      if (queue.length > KEPT) queue.shift();
      return drain();
    },
    /** Tries again what is waiting (from the content script's regular look at the page). */
    retry: (): Promise<void> => drain(),
    get waiting(): number {
      return queue.length;
    },
  };
}
