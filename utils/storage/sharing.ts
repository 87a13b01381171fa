import { isRecord } from '../guards';
import { DEVICE_PREFIX, RULES_PREFIX, type SharedAnswer } from '../sharing';
import { defineStored, readRaw, watchRaw } from './stored';

/** This computer in family sharing: a random id that never leaves it but as its sync key, and its name. */
export const thisDevice = /* @__PURE__ */ defineStored('local:device', (raw): { id: string; name: string } | null =>
  isRecord(raw) && typeof raw.id === 'string' && /^[\w-]{8,64}$/.test(raw.id) && typeof raw.name === 'string'
    ? { id: raw.id, name: raw.name }
    : null,
);

/** Answers a parent gave here to asks made on the family's other computers, as this computer's record carries them. */
export const answersGiven = /* @__PURE__ */ defineStored('local:answersGiven', (raw): SharedAnswer[] =>
  Array.isArray(raw)
    ? raw.filter(
        (each): each is SharedAnswer =>
          isRecord(each) &&
          typeof each.id === 'string' &&
          typeof each.approve === 'boolean' &&
          typeof each.at === 'number',
      )
    : [],
);

/** Every computer's record in the browser account's sync, raw (utils/sharing/ checks each). */
export async function readSharedDevices(): Promise<Record<string, unknown>> {
  const all = await readRaw('sync', null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(DEVICE_PREFIX)));
}

/** Every computer's rules record (settings and lock) in sync, raw (utils/sharing/rules.ts checks each). */
export async function readSharedRules(): Promise<Record<string, unknown>> {
  const all = await readRaw('sync', null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(RULES_PREFIX)));
}

/** Calls back when a computer's rules change in sync (another computer's, or this one's own write). */
export const watchSharedRules = (callback: () => void): (() => void) =>
  watchRaw('sync', (key) => key.startsWith(RULES_PREFIX), callback);

/** Calls back when another computer's record arrives through sync (or this one's changes). */
export const watchSharedDevices = (callback: () => void): (() => void) =>
  watchRaw('sync', (key) => key.startsWith(DEVICE_PREFIX), callback);
