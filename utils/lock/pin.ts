import { isRecord } from '../guards';

/**
 * The parent PIN, stored only as a PBKDF2-SHA-256 hash with a random salt (WebCrypto). Honest threat
 * model: this is a gate against casual changes, not a vault: anyone who can edit the browser's extension
 * storage can remove it. Browser policies (README, "For parents") close that gap.
 */
export interface PinRecord {
  alg: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 of 16 random bytes. */
  salt: string;
  /** base64 of the 32-byte derived key. */
  hash: string;
}

export const PIN_ITERATIONS = 600_000;
const MIN_ITERATIONS = 100_000;
const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** Wrong guesses and the wait they impose; persisted, so a reopened popup or a restarted worker keeps it. */
export interface LockState {
  v: 1;
  pin: PinRecord | null;
  failures: number;
  /** Epoch ms before which no guess is checked. */
  waitUntil: number;
}

export const NO_LOCK: LockState = { v: 1, pin: null, failures: 0, waitUntil: 0 };

/** A PIN of at least 4 digits, or a passphrase of at least 8 characters. */
export function isAcceptableSecret(secret: string): boolean {
  return /^\d{4,}$/.test(secret) || (secret.length >= 8 && !/^\d+$/.test(secret));
}

export async function createPinRecord(secret: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(secret, salt, iterations);
  return { alg: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifySecret(secret: string, record: PinRecord): Promise<boolean> {
  const expected = fromBase64(record.hash);
  const actual = await derive(secret, fromBase64(record.salt), record.iterations);
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever the first difference, so timing says nothing about the PIN. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/** The wait after `failures` wrong guesses: none for the first 5, then 30 s, doubling, up to an hour. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/**
 * Checks a guess against the lock. While a wait runs, the guess is not even checked. Returns the new state
 * to persist: failures reset on success, grow (with their wait) on failure.
 */
export async function tryUnlock(
  state: LockState,
  secret: string,
  now: number,
): Promise<{ result: 'ok' | 'wrong' | 'wait'; state: LockState }> {
  if (!state.pin) return { result: 'ok', state };
  if (now < state.waitUntil) return { result: 'wait', state };
  if (await verifySecret(secret, state.pin)) return { result: 'ok', state: { ...state, failures: 0, waitUntil: 0 } };
  const failures = state.failures + 1;
  return { result: 'wrong', state: { ...state, failures, waitUntil: now + waitAfter(failures) } };
}

export function parsePinRecord(raw: unknown): PinRecord | null {
  if (!isRecord(raw) || raw.alg !== 'PBKDF2-SHA-256') return null;
  const { iterations, salt, hash } = raw;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS) return null;
  if (typeof salt !== 'string' || typeof hash !== 'string') return null;
  try {
    if (fromBase64(salt).length < 16 || fromBase64(hash).length !== 32) return null;
  } catch {
    return null;
  }
  return { alg: 'PBKDF2-SHA-256', iterations, salt, hash };
}

export function parseLockState(raw: unknown): LockState {
  if (!isRecord(raw)) return NO_LOCK;
  const failures = Number.isInteger(raw.failures) && (raw.failures as number) >= 0 ? (raw.failures as number) : 0;
  const waitUntil = typeof raw.waitUntil === 'number' && Number.isFinite(raw.waitUntil) ? raw.waitUntil : 0;
  return { v: 1, pin: parsePinRecord(raw.pin), failures, waitUntil };
}

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
