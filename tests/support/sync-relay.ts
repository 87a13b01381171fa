/**
 * A stand-in for the browser account's sync between two computers of one family (#24): every `everyMs`,
 * each computer's own keys (those ending in its device id) that changed since the other last got them go
 * to the other, `lagMs` later, in reverse order; every `dropEvery`-th round delivers nothing. The same
 * relay joins two Chromium profiles and two Firefox ESR profiles; each browser's test says how to reach
 * its computer's `storage.sync`.
 */
export type Sync = Record<string, unknown>;

export interface SyncEnd {
  /** Everything in this computer's `storage.sync`. */
  read(): Promise<Sync>;
  /** This computer's device id, once sharing made one. */
  deviceId(): Promise<string | undefined>;
  /** Writes what the other computer's sync brought, as the browser's sync would. */
  deliver(items: [string, unknown][], removed: string[]): Promise<unknown>;
}

export function startRelay(a: SyncEnd, b: SyncEnd, { everyMs = 700, lagMs = 1_500, dropEvery = 4 } = {}) {
  const delivered = new Map<SyncEnd, Map<string, string>>([
    [a, new Map()],
    [b, new Map()],
  ]);
  const arrivals = new Map<SyncEnd, Promise<unknown>>();
  let round = 0;
  let stopped = false;
  const pass = async (from: SyncEnd, to: SyncEnd) => {
    const id = await from.deviceId();
    if (!id) return;
    const own = Object.entries(await from.read()).filter(([key]) => key.endsWith(`:${id}`));
    const sent = delivered.get(to) as Map<string, string>;
    const changed = own.filter(([key, value]) => sent.get(key) !== JSON.stringify(value));
    const gone = [...sent.keys()].filter((key) => key.endsWith(`:${id}`) && !own.some(([owned]) => owned === key));
    if (changed.length === 0 && gone.length === 0) return;
    for (const [key, value] of changed) sent.set(key, JSON.stringify(value));
    for (const key of gone) sent.delete(key);
    setTimeout(() => {
      if (stopped) return;
      // Keys arrive out of order within a round, but one key's versions never overtake each other: sync
      // keeps the last write of each key, so a later round's delivery waits for the one before.
      const previous = arrivals.get(to) ?? Promise.resolve();
      const next = previous.then(() => to.deliver(changed.reverse(), gone));
      arrivals.set(
        to,
        next.then(
          () => undefined,
          () => undefined,
        ),
      );
    }, lagMs);
  };
  const timer = setInterval(() => {
    round += 1;
    // A dropped round: nothing goes either way; the next round carries it (nothing is marked delivered).
    if (round % dropEvery === 0) return;
    void pass(a, b)
      .then(() => pass(b, a))
      .catch(() => undefined);
  }, everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
