import type { PageChanges } from '@/utils/dom-observer';

/**
 * The shared observer as it is when no hand-over is pending (utils/dom-observer.ts): a new listener gets its
 * first look at the page as soon as `subscribe` has returned, in the same task.
 */
export function observerAtRest() {
  const listeners = new Set<(changes: PageChanges) => void>();
  const look = () => {
    for (const listener of [...listeners]) listener({ records: [], forced: true });
  };
  return {
    listeners,
    subscribe(listener: (changes: PageChanges) => void) {
      listeners.add(listener);
      queueMicrotask(look);
      return () => listeners.delete(listener);
    },
    schedule: look,
    wake: () => undefined,
    disconnect: () => listeners.clear(),
  };
}
