/** Checks for untrusted values: storage that another version wrote, messages, imported files. */

/** A plain object (not null, not an array): the shape every stored record and message has. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or null: a time as another version or a broken write left it. */
export const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The finite numbers of a list (the moments a log keeps); anything that is not a list, none. */
export const finiteList = (raw: unknown): number[] =>
  Array.isArray(raw) ? raw.filter((at): at is number => finite(at) !== null) : [];
