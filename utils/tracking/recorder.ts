import { readDays } from '../storage';
import { quarantineDay, ledger as storedLedger, writeTracking } from '../storage/write';
import { createSerial } from '../worker/serial';
import type { DayKey } from './calendar';
import { dayKeyOf } from './calendar';
import { addPiece, type DayRecord, emptyDay, noteStretch, parseDayRecord } from './day-record';
import { applySlice, type LedgerState } from './ledger';
import type { Slice } from './slice';

export interface RecorderClock {
  now(): number;
  /** Minutes east of UTC at `time` (the opposite sign of Date#getTimezoneOffset). */
  utcOffsetMin(time: number): number;
}

export const systemClock: RecorderClock = {
  now: () => Date.now(),
  utcOffsetMin: (time) => -new Date(time).getTimezoneOffset(),
};

export type RecordResult = 'counted' | 'duplicate' | 'pending-write';

/**
 * The single writer of viewing time. Every change to the ledger and day records goes through one queue,
 * so slices from several tabs, an import and a deletion never interleave and no update is lost.
 * A failed write (quota, I/O) keeps the new state in memory, is retried, and never throws out.
 */
export function createRecorder(
  clock: RecorderClock = systemClock,
  dayStartHour: () => Promise<number> = async () => 0,
) {
  const serialize = createSerial();
  /** State that could not be written yet; newer slices build on it so nothing is counted twice or lost. */
  let unwritten: { ledger: LedgerState; days: Record<DayKey, DayRecord> } | null = null;

  /** The day records to add to: unwritten ones first, unreadable ones set aside and started afresh. */
  async function loadDays(days: readonly DayKey[]) {
    const stored = await readDays(days);
    const records: Record<DayKey, DayRecord> = {};
    for (const day of days) {
      const pending = unwritten?.days[day];
      if (pending) {
        records[day] = pending;
        continue;
      }
      const raw = stored[day];
      const parsed = raw === undefined ? null : parseDayRecord(raw);
      if (raw !== undefined && !parsed) {
        // Unreadable: keep it aside for a person to look at, and start the day afresh.
        await quarantineDay(day, raw, clock.now());
      }
      records[day] = parsed ?? emptyDay(clock.utcOffsetMin(clock.now()));
    }
    return records;
  }

  async function persist(ledger: LedgerState, days: Record<DayKey, DayRecord>): Promise<RecordResult> {
    const merged = { ledger, days: { ...(unwritten?.days ?? {}), ...days } };
    try {
      await writeTracking(merged.ledger, merged.days);
      unwritten = null;
      return 'counted';
    } catch (error) {
      unwritten = merged;
      console.warn('Scrollwise: could not save viewing time yet; it is kept and retried', error);
      return 'pending-write';
    }
  }

  return {
    /** Counts a validated slice (the caller checked the sender and the message). */
    record(slice: Slice): Promise<RecordResult> {
      return serialize(async () => {
        const now = clock.now();
        const ledger = unwritten?.ledger ?? (await storedLedger.get());
        const startHour = await dayStartHour();
        const { ledger: next, credit } = applySlice(ledger, slice, now, startHour);
        // A retry, or time another tab already counted: nothing to add, nothing to write.
        if (!credit) return 'duplicate';
        // The weekly look back counts each stretch on the day it began.
        const stretch = next.stretch;
        const stretchDay = stretch ? dayKeyOf(stretch.start, startHour) : null;
        const days = credit.pieces.map((piece) => piece.day);
        const records = await loadDays([...new Set(stretchDay ? [...days, stretchDay] : days)]);
        const offset = clock.utcOffsetMin(now);
        for (const piece of credit.pieces) {
          records[piece.day] = addPiece(records[piece.day] ?? emptyDay(offset), piece, credit.watchingShare, offset);
        }
        if (stretch && stretchDay) {
          const opened = stretch.start !== ledger.stretch?.start;
          records[stretchDay] = noteStretch(records[stretchDay] ?? emptyDay(offset), stretch, opened);
        }
        return persist(next, records);
      });
    },
    /** Retries a write that failed earlier (from the maintenance alarm). */
    flush(): Promise<RecordResult> {
      return serialize(async () => (unwritten ? persist(unwritten.ledger, {}) : 'counted'));
    },
    /** Runs a data task (import, prune) in the same queue as counting, after saving what is pending. */
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      return serialize(async () => {
        if (unwritten) await persist(unwritten.ledger, {});
        return task();
      });
    },
    /** Runs a deletion in the queue; time not yet saved is deleted with the rest. */
    reset(task: () => Promise<void>): Promise<void> {
      return serialize(async () => {
        unwritten = null;
        await task();
      });
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
