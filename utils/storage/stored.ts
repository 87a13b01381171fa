import { browser } from 'wxt/browser';

/**
 * Where an item lives: `local` (kept), `session` (gone when the browser closes) or `sync` (the browser
 * account's sync, family sharing only: utils/sharing/).
 */
type Area = 'local' | 'session' | 'sync';
export type ItemKey = `${Area}:${string}`;

/**
 * One stored value, read only through its parser: whatever an older version, an import or a corrupt write
 * left there, callers get a valid `T`. Reading goes straight to `browser.storage`, so a TikTok page loads
 * none of WXT's storage code. Every item is versioned (WXT's `version` and migrations, run by the worker
 * when `write.ts` defines its items); only the per-day records, whose keys are made at run time, carry
 * their version in the value instead.
 */
export interface Readable<T> {
  /** The key in storage, without its area (`settings`, not `local:settings`). */
  readonly key: string;
  get(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/** An item with its writes: only `write.ts` makes these, for the worker. */
export interface Stored<T, Written = T> extends Readable<T> {
  set(value: Written): Promise<void>;
  /** Read, change, write: two callers at once would lose a change, so only the worker's queue calls it. */
  update(change: (value: T) => Written): Promise<void>;
}

/** What `write.ts` needs to define the item with WXT: its key, version and migrations. */
export interface Definition<T, Written = T> extends Readable<T> {
  readonly definition: {
    key: ItemKey;
    version: number;
    migrations?: Record<number, (previous: unknown) => unknown>;
    /** Types the value written; never read at run time. */
    written?: Written;
  };
}

/** Raw values of `keys` in `area`, in one read. */
export const readRaw = (area: Area, keys: string[] | null): Promise<Record<string, unknown>> =>
  browser.storage[area].get(keys);

/** Calls back with the raw new values whenever one of the keys `matches` accepts changes in `area`. */
export function watchRaw(
  area: Area | 'managed',
  matches: (key: string) => boolean,
  callback: (key: string, value: unknown) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
    if (changed !== area) return;
    for (const [key, change] of Object.entries(changes)) if (matches(key)) callback(key, change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** `Written` is what is stored when a read gives more (settings also list the fields they had to reset). */
export function defineStored<T, Written = T>(
  key: ItemKey,
  parse: (raw: unknown) => T,
  { version = 1, migrations }: { version?: number; migrations?: Record<number, (previous: unknown) => unknown> } = {},
): Definition<T, Written> {
  const [area, name] = key.split(/:(.*)/s) as [Area, string];
  return {
    key: name,
    get: async () => parse((await readRaw(area, [name]))[name]),
    watch: (callback) =>
      watchRaw(
        area,
        (changed) => changed === name,
        (_key, raw) => callback(parse(raw)),
      ),
    definition: { key, version, migrations },
  };
}
