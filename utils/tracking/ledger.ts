import { isRecord } from '../guards';
import { type HourPiece, splitByHour } from './calendar';
import { CLOCK_TOLERANCE_MS, UNION_MEMORY_MS } from './constants';
import { creditedSpan, type Slice } from './slice';

/**
 * What the worker remembers between slices: which spans it already counted (so tabs and windows
 * overlapping in time count once), and each tab session's last sequence number (so a retried or
 * duplicated slice counts once). Persisted with the day records, in the same write.
 */
export interface LedgerState {
  v: 1;
  /** Counted spans of the last minutes, [start, end) in wall ms, sorted and disjoint. */
  spans: [number, number][];
  /** Last accepted seq per tab session, with when it was seen (for pruning). */
  sessions: Record<string, { seq: number; at: number }>;
  /** The current stretch of viewing across tabs: it starts again after 5 minutes away (break reminders). */
  stretch: Stretch | null;
}

export interface Stretch {
  start: number;
  last: number;
}

/** Time away from TikTok that ends a stretch (and counts as a real break). */
export const BREAK_AWAY_MS = 5 * 60_000;

export const EMPTY_LEDGER: LedgerState = { v: 1, spans: [], sessions: {}, stretch: null };

export function parseLedger(raw: unknown): LedgerState {
  if (!isRecord(raw) || raw.v !== 1 || !Array.isArray(raw.spans) || !isRecord(raw.sessions)) return EMPTY_LEDGER;
  const spans = raw.spans.filter(
    (span): span is [number, number] =>
      Array.isArray(span) && span.length === 2 && span.every(Number.isFinite) && span[0] < span[1],
  );
  const sessions: LedgerState['sessions'] = {};
  for (const [session, value] of Object.entries(raw.sessions)) {
    if (isRecord(value) && Number.isSafeInteger(value.seq) && Number.isFinite(value.at)) {
      sessions[session] = { seq: value.seq as number, at: value.at as number };
    }
  }
  const stretch =
    isRecord(raw.stretch) && Number.isFinite(raw.stretch.start) && Number.isFinite(raw.stretch.last)
      ? { start: raw.stretch.start as number, last: raw.stretch.last as number }
      : null;
  return { v: 1, spans, sessions, stretch };
}

/** The stretch after viewing [start, end): continued, or begun anew after a break of 5 minutes or more. */
export function extendStretch(stretch: Stretch | null, start: number, end: number): Stretch {
  if (!stretch || start - stretch.last >= BREAK_AWAY_MS || end < stretch.start) return { start, last: end };
  return { start: stretch.start, last: Math.max(stretch.last, end) };
}

export interface Credit {
  /** Share of the credited time that was passive watching, 0–1 (the rest was engaged). */
  watchingShare: number;
  pieces: HourPiece[];
}

/**
 * Applies one slice: returns the new ledger and the time to add, split by local hour and day.
 * Pure, so every fault scenario can be replayed with a controlled clock.
 */
export function applySlice(
  ledger: LedgerState,
  slice: Slice,
  now: number,
  dayStartHour = 0,
): { ledger: LedgerState; credit: Credit | null } {
  const last = ledger.sessions[slice.session];
  if (last && slice.seq <= last.seq) return { ledger, credit: null };
  // The clock went back: what we counted "later" is now in the future. Forget it rather than refuse new time.
  const spans = ledger.spans.filter(([, end]) => end <= now + CLOCK_TOLERANCE_MS);
  const span = creditedSpan(slice);
  const fresh = subtract(span, spans);
  const merged = mergeSpans([...spans, [span.start, span.end]]).filter(([, end]) => end > now - UNION_MEMORY_MS);
  const sessions = { ...ledger.sessions, [slice.session]: { seq: slice.seq, at: now } };
  for (const [session, value] of Object.entries(sessions)) if (value.at < now - 86_400_000) delete sessions[session];
  const pieces = fresh.flatMap(([start, end]) => splitByHour(start, end, dayStartHour));
  const watchingShare = slice.mono > 0 ? slice.watching / slice.mono : 0;
  const stretch = fresh.length > 0 ? extendStretch(ledger.stretch, span.start, span.end) : ledger.stretch;
  return {
    ledger: { v: 1, spans: merged, sessions, stretch },
    credit: pieces.length > 0 ? { watchingShare, pieces } : null,
  };
}

/** Parts of `span` not covered by `covered`. */
function subtract(span: { start: number; end: number }, covered: [number, number][]): [number, number][] {
  let parts: [number, number][] = [[span.start, span.end]];
  for (const [start, end] of covered) {
    parts = parts.flatMap(([a, b]): [number, number][] => {
      if (end <= a || start >= b) return [[a, b]];
      const rest: [number, number][] = [];
      if (start > a) rest.push([a, start]);
      if (end < b) rest.push([end, b]);
      return rest;
    });
  }
  return parts.filter(([a, b]) => b > a);
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
