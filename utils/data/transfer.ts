import { isRecord } from '../guards';
import { type DayKey, isDayKey } from '../tracking/calendar';
import { type DayRecord, mergeDays, parseDayRecord } from '../tracking/day-record';
import { latestPlausibleDay } from '../tracking/retention';

/** The format of an export file. Bump when its shape changes; imports accept every version up to it. */
export const EXPORT_FORMAT = 'scrollwise-export';
export const EXPORT_SCHEMA_VERSION = 1;
/** Larger files are refused before parsing: 400 days take about 100 KB. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  extensionVersion: string;
  /** Viewing time per local day. */
  days: Record<DayKey, DayRecord>;
  /** Everything else Scrollwise keeps (settings, dismissed tips, self-check dates), as stored. */
  other: Record<string, unknown>;
  /** Day records that could not be read, as stored (present only when there are some). */
  unreadableDays?: Record<string, unknown>;
  /**
   * Which computers the time came from: `days` are this computer's own (named when family sharing named
   * it); with sharing on, the family's other computers' reported totals, for reading only (an import takes
   * `days` alone).
   */
  computers: ExportComputers;
}

export interface ExportComputers {
  thisComputer: string | null;
  others: { name: string; lastHeard: string; days: Record<DayKey, number> }[];
}

/**
 * Builds the export file from a storage snapshot (`snapshotForExport`). A day record that does not parse is
 * kept as it was, under `unreadableDays`, so an export loses nothing; an import leaves it out.
 */
export function buildExport(
  snapshot: { days: Record<DayKey, unknown>; other: Record<string, unknown> },
  now: Date,
  extensionVersion: string,
  computers: ExportComputers = { thisComputer: null, others: [] },
): ExportFile {
  const days: Record<DayKey, DayRecord> = {};
  const unreadableDays: Record<string, unknown> = {};
  for (const [day, value] of Object.entries(snapshot.days)) {
    const record = parseDayRecord(value);
    if (record) days[day] = record;
    else unreadableDays[day] = value;
  }
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    extensionVersion,
    days,
    other: snapshot.other,
    ...(Object.keys(unreadableDays).length > 0 ? { unreadableDays } : {}),
    computers,
  };
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-scrollwise' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-day'; day: string }
  | { code: 'future-day'; day: string };

/**
 * Checks an import file completely before anything is changed: it is all or nothing. Only viewing time
 * is imported; settings and the parent lock are never taken from a file.
 */
export function parseImport(
  text: string,
  today: DayKey,
): { ok: true; days: Record<DayKey, DayRecord> } | { ok: false; error: ImportError } {
  if (new Blob([text]).size > IMPORT_MAX_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !isRecord(data.days))
    return { ok: false, error: { code: 'not-scrollwise' } };
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { code: 'not-scrollwise' } };
  if (version > EXPORT_SCHEMA_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  const days: Record<DayKey, DayRecord> = {};
  const latest = latestPlausibleDay(today);
  for (const [day, raw] of Object.entries(data.days)) {
    if (isDayKey(day) && day > latest) return { ok: false, error: { code: 'future-day', day } };
    const record = isDayKey(day) ? parseDayRecord(raw) : null;
    if (!record) return { ok: false, error: { code: 'bad-day', day: day.slice(0, 20) } };
    days[day] = record;
  }
  return { ok: true, days };
}

/** What an import did, day by day: days it added, days it changed, days already here as they were. */
export interface ImportCounts {
  added: number;
  updated: number;
  same: number;
}

/**
 * Imported days merged into stored ones, keeping the larger figures, so importing twice changes nothing:
 * the days to write (only those that change) and what the import did.
 */
export function mergeImported(
  stored: Record<DayKey, unknown>,
  imported: Record<DayKey, DayRecord>,
): { write: Record<DayKey, DayRecord>; counts: ImportCounts } {
  const write: Record<DayKey, DayRecord> = {};
  const counts: ImportCounts = { added: 0, updated: 0, same: 0 };
  for (const [day, record] of Object.entries(imported)) {
    const current = parseDayRecord(stored[day]);
    const merged = current ? mergeDays(current, record) : record;
    if (current && JSON.stringify(merged) === JSON.stringify(current)) {
      counts.same++;
      continue;
    }
    counts[current ? 'updated' : 'added']++;
    write[day] = merged;
  }
  return { write, counts };
}
