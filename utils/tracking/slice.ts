import { isRecord } from '../guards';
import { CLOCK_TOLERANCE_MS, MAX_SLICE_MS } from './constants';

/** Longer than this, a slice is nonsense rather than late: refused. */
const MAX_REPORTED_MS = 86_400_000;

export type ViewingKind = 'engaged' | 'watching';

/** A stretch of viewing measured by one tab, sent to the worker. */
export interface Slice {
  v: 1;
  /** Random per page load; with `seq` it makes retries idempotent. */
  session: string;
  seq: number;
  /** How much of the slice was passive watching (ms); the rest was engaged. */
  watching: number;
  /** Wall-clock start and end (epoch ms). */
  start: number;
  end: number;
  /** The same stretch on the page's monotonic clock, which clock changes do not move. */
  mono: number;
  /** Sent on the heartbeat, or because something changed (hidden, blurred, paused, idle). */
  cause: 'heartbeat' | 'change';
  /** A video of the page played in picture-in-picture: watched, even from a tab in the background. */
  pip?: true;
}

/**
 * A page load's `session`: it tells this page's reports from another tab's, no more. Not
 * `crypto.randomUUID`: the Crypto interface would cost every TikTok tab a kilobyte of heap for a secret
 * the session does not need (only the extension can send the worker a slice).
 */
export const newSession = (now = Date.now(), random = Math.random()): string =>
  `${now.toString(36)}-${random.toString(36).slice(2, 12).padEnd(4, '0')}`;

/** Reads an untrusted slice, or null. Never throws. */
export function parseSlice(raw: unknown, now: number): Slice | null {
  if (!isRecord(raw)) return null;
  const { v, session, seq, watching, start, end, mono, cause, pip } = raw;
  if (v !== 1) return null;
  if (typeof session !== 'string' || !/^[a-z0-9-]{8,64}$/.test(session)) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (cause !== 'heartbeat' && cause !== 'change') return null;
  if (![start, end, mono, watching].every((value) => typeof value === 'number' && Number.isFinite(value))) return null;
  const slice = { v, session, seq, watching, start, end, mono, cause, ...(pip === true ? { pip } : {}) } as Slice;
  // A slice longer than a heartbeat is one whose timer a page stalled: its last allowed span is credited
  // (see creditedSpan), so stalling the reports never erases the time.
  if (slice.mono <= 0 || slice.mono > MAX_REPORTED_MS) return null;
  if (slice.watching < 0 || slice.watching > slice.mono) return null;
  if (Math.abs(slice.end - now) > CLOCK_TOLERANCE_MS) return null;
  return slice;
}

/**
 * The slice's trusted duration: the shorter of its wall and monotonic lengths, capped to its last
 * `MAX_SLICE_MS`. A clock change during the slice moves only the wall clock; a system sleep or a stalled
 * report can stretch both, and the cap bounds what they add.
 */
export function creditedSpan(slice: Slice): { start: number; end: number } {
  const wall = slice.end - slice.start;
  const length = Math.max(0, Math.min(wall > 0 ? wall : slice.mono, slice.mono, MAX_SLICE_MS));
  return { start: slice.end - length, end: slice.end };
}
