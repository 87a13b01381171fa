/** Checks for untrusted values: storage that another version wrote, messages, imported files. */

/** A plain object (not null, not an array): the shape every stored record and message has. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
