import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, IMPORT_MAX_BYTES, parseImport } from '@/utils/data-transfer';
import { loadDismissedTips, loadSettings } from '@/utils/storage';
import { dayKeyOf, shiftDay, splitByHour } from '@/utils/tracking/calendar';
import { emptyDay } from '@/utils/tracking/day-record';
import { expiredDays } from '@/utils/tracking/retention';
import { dayTotals, extensionPage, tabSession, testClock, testWorker } from './harness';

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
});

const day = (totalMs: number) => ({
  ...emptyDay(120),
  totalMs,
  engagedMs: totalMs,
  hours: emptyDay(120).hours.map((_, h) => (h === 20 ? totalMs : 0)),
});

describe('your data: export, import, delete', () => {
  it('exports everything kept, with the schema version, and imports it back into an empty browser', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    for (let i = 0; i < 4; i++) {
      clock.advance(15_000);
      await worker.send(tab.slice(15_000));
    }
    const exported = await worker.send({ type: 'scrollwise/export' }, extensionPage);
    if (!exported.ok || !exported.file) throw new Error('export failed');
    expect(exported.file).toMatchObject({
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      days: { '2026-06-10': { totalMs: 60_000 } },
    });
    expect(Object.keys(exported.file.other)).toContain('ledger');

    await worker.send({ type: 'scrollwise/delete-all' }, extensionPage);
    expect(await dayTotals()).toEqual({});
    expect(
      await worker.send({ type: 'scrollwise/import', text: JSON.stringify(exported.file) }, extensionPage),
    ).toEqual({ ok: true, importedDays: 1 });
    expect(await dayTotals()).toEqual({ '2026-06-10': 60 });
  });

  it('merges an import with what is there, keeping the larger day: importing twice changes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'day:2026-06-09': day(120_000), 'day:2026-06-10': day(30_000) });
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      days: { '2026-06-09': day(60_000), '2026-06-10': day(90_000) },
    });
    await worker.send({ type: 'scrollwise/import', text }, extensionPage);
    await worker.send({ type: 'scrollwise/import', text }, extensionPage);
    expect(await dayTotals()).toEqual({ '2026-06-09': 120, '2026-06-10': 90 });
  });

  it('rejects bad files with a clear reason and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'day:2026-06-10': day(30_000) });
    const before = await fakeBrowser.storage.local.get(null);
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const cases: [string, string][] = [
      ['{"format": "scrollwise-export", "schemaVersion": 1, "days": {', 'not-json'],
      ['{"hello": "world"}', 'not-scrollwise'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 9, days: {} }), 'newer-version'],
      [
        JSON.stringify({
          format: EXPORT_FORMAT,
          schemaVersion: 1,
          days: { '2026-06-09': day(60_000), '2026-13-45': day(1) },
        }),
        'bad-day',
      ],
      [
        JSON.stringify({
          format: EXPORT_FORMAT,
          schemaVersion: 1,
          days: { '2026-06-09': { ...day(60_000), totalMs: -1 } },
        }),
        'bad-day',
      ],
      [`{"format":"${EXPORT_FORMAT}","schemaVersion":1,"days":{"__proto__":${JSON.stringify(day(5))}}}`, 'bad-day'],
      [' '.repeat(IMPORT_MAX_BYTES + 1), 'too-large'],
    ];
    for (const [text, code] of cases) {
      const reply = await worker.send({ type: 'scrollwise/import', text }, extensionPage);
      expect(reply.ok ? 'accepted' : reply.error, text.slice(0, 60)).toBe(code);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('never imports settings or anything but viewing time', () => {
    const parsed = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: {}, other: { settings: { language: 'fr' } } }),
    );
    expect(parsed).toEqual({ ok: true, days: {} });
  });
});

describe('history', () => {
  it('#45 keeps 400 days and prunes older ones, never today', () => {
    const today = '2026-06-10';
    const stored = Array.from({ length: 410 }, (_, index) => shiftDay(today, -index));
    const expired = expiredDays([...stored, 'settings', 'not-a-day'], today);
    expect(expired).toHaveLength(10);
    expect(expired).not.toContain(today);
    expect(expired).toContain(shiftDay(today, -400));
    expect(expired).not.toContain(shiftDay(today, -399));
  });

  it('uses local dates, never UTC: 00:30 in Paris is already the next day', () => {
    expect(dayKeyOf(new Date('2026-06-10T22:30:00Z').getTime())).toBe('2026-06-11');
  });

  it('can start the day later for night owls (4 am)', () => {
    expect(dayKeyOf(new Date('2026-06-11T03:59:00+02:00').getTime(), 4)).toBe('2026-06-10');
    expect(dayKeyOf(new Date('2026-06-11T04:00:00+02:00').getTime(), 4)).toBe('2026-06-11');
    const pieces = splitByHour(
      new Date('2026-06-11T03:59:30+02:00').getTime(),
      new Date('2026-06-11T04:00:30+02:00').getTime(),
      4,
    );
    expect(pieces.map((piece) => [piece.day, piece.hour, piece.ms])).toEqual([
      ['2026-06-10', 3, 30_000],
      ['2026-06-11', 4, 30_000],
    ]);
  });

  it('steps over DST days by calendar, not by 24 hours', () => {
    expect(shiftDay('2026-03-30', -1)).toBe('2026-03-29');
    expect(shiftDay('2026-10-25', 1)).toBe('2026-10-26');
  });
});

describe('#5 an update keeps the data of the first schema', () => {
  it('reads a browser profile written by the first release, every value kept', async () => {
    // Storage exactly as Scrollwise 0.1.0 wrote it.
    await fakeBrowser.storage.local.set({
      settings: {
        tips: { comments: false, reporting: true, privacy: true, screenTime: true },
        language: 'fr',
        helplineCountry: 'BE',
      },
      settings$: { v: 1 },
      dismissedTips: ['report'],
      dismissedTips$: { v: 1 },
      'day:2026-06-09': day(60_000),
      ledger: { v: 1, spans: [], sessions: {} },
    });
    const { settings, invalid } = await loadSettings();
    expect(invalid).toEqual([]);
    expect(settings).toMatchObject({ tips: { comments: false }, language: 'fr', helplineCountry: 'BE' });
    expect(await loadDismissedTips()).toEqual(['report']);
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    clock.advance(15_000);
    await worker.send(tabSession(clock).slice(15_000));
    expect(await dayTotals()).toEqual({ '2026-06-09': 60, '2026-06-10': 15 });
  });
});
