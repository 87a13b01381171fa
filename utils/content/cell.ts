/** A value the content script's features share, with who follows it: a few bytes where signals cost kilobytes. */
export interface Cell<T> {
  get(): T;
  set(value: T): void;
  /** Calls back on every change; returns the way to stop. */
  watch(listener: (value: T) => void): () => void;
}

export function createCell<T>(initial: T): Cell<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
