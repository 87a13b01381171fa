import { type StorageItemKey, storage } from '#imports';

/**
 * One stored value, read only through its parser: whatever an older version, an import or a corrupt write
 * left there, callers get a valid `T`. Every item is versioned (WXT's `version` and migrations); only the
 * per-day records, whose keys are made at run time, carry their version in the value instead.
 */
export interface Stored<T, Written = T> {
  /** The key in storage, without its area (`settings`, not `local:settings`). */
  readonly key: string;
  get(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
  set(value: Written): Promise<void>;
  /** Read, change, write: two callers at once would lose a change, so only the worker's queue calls it. */
  update(change: (value: T) => Written): Promise<void>;
}

/** What readers get: the item without its writes (those are the worker's, through `storage/write`). */
export type Readable<T> = Pick<Stored<T, unknown>, 'key' | 'get' | 'watch'>;

export const readOnly = <T>({ key, get, watch }: Readable<T>): Readable<T> => ({ key, get, watch });

/** `Written` is what is stored when a read gives more (settings also list the fields they had to reset). */
export function defineStored<T, Written = T>(
  key: StorageItemKey,
  parse: (raw: unknown) => T,
  { version = 1, migrations }: { version?: number; migrations?: Record<number, (previous: unknown) => unknown> } = {},
): Stored<T, Written> {
  const item = storage.defineItem<unknown>(key, { version, migrations });
  const get = async () => parse(await item.getValue());
  return {
    key: key.replace(/^\w+:/, ''),
    get,
    watch: (callback) => item.watch((raw) => callback(parse(raw))),
    set: (value) => item.setValue(value),
    update: async (change) => item.setValue(change(await get())),
  };
}
