import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, IMPORT_MAX_BYTES, parseImport } from '@/utils/data/transfer';
import { UNLOCK_MS } from '@/utils/lock/requests';
import {
  day,
  dayTotals,
  EXTENSION_ID,
  extensionPage,
  lockWith,
  ORIGIN,
  tabSession,
  testClock,
  testWorker,
} from '../worker/harness';

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
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
    ).toEqual({ ok: true, days: 1, added: 1, updated: 0, same: 0 });
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
    // #27: what each import did, day by day, so the second one can say it changed nothing.
    expect(await worker.send({ type: 'scrollwise/import', text }, extensionPage)).toEqual({
      ok: true,
      days: 2,
      added: 0,
      updated: 1,
      same: 1,
    });
    expect(await worker.send({ type: 'scrollwise/import', text }, extensionPage)).toEqual({
      ok: true,
      days: 2,
      added: 0,
      updated: 0,
      same: 2,
    });
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
      // Impossible dates that Date would quietly roll over, and days that have not happened yet.
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-02-30': day(5) } }), 'bad-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-04-31': day(5) } }), 'bad-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '9999-12-31': day(5) } }), 'future-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-06-12': day(5) } }), 'future-day'],
      [' '.repeat(IMPORT_MAX_BYTES + 1), 'too-large'],
    ];
    for (const [text, code] of cases) {
      const reply = await worker.send({ type: 'scrollwise/import', text }, extensionPage);
      expect(reply.ok ? 'accepted' : reply.error, text.slice(0, 60)).toBe(code);
    }
    // Reading the browser policy (to check the lock) may cache it; nothing else may change.
    const { policyCache: _policy, ...after } = await fakeBrowser.storage.local.get(null);
    expect(after).toEqual(before);
  });

  it('never imports settings or anything but viewing time', () => {
    const parsed = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: {}, other: { settings: { language: 'fr' } } }),
      '2026-06-10',
    );
    expect(parsed).toEqual({ ok: true, days: {} });
  });
});

describe('your data under a parent lock', () => {
  it('answers the options page, which Chromium opens in a tab (it has a sender.tab)', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const optionsTab = { id: EXTENSION_ID, url: `${ORIGIN}options.html`, frameId: 0, tab: { id: 3, active: true } };
    expect(await worker.send({ type: 'scrollwise/export' }, optionsTab)).toMatchObject({ ok: true });
    expect(await worker.send({ type: 'scrollwise/delete-all' }, optionsTab)).toEqual({ ok: true, elsewhere: 0 });
  });

  it('refuses export, import and delete until the PIN is typed, and never exports a PIN record', async () => {
    await lockWith('2468');
    await fakeBrowser.storage.local.set({ policyCache: { parentPin: { alg: 'PBKDF2-SHA-256' } } });
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    for (const request of [
      { type: 'scrollwise/export' },
      { type: 'scrollwise/delete-all' },
      { type: 'scrollwise/import', text: JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: {} }) },
    ])
      expect(await worker.send(request, extensionPage)).toEqual({ ok: false, error: 'parent-locked', by: 'pin' });
    expect(await worker.send({ type: 'scrollwise/unlock', secret: '2468' }, extensionPage)).toEqual({ ok: true });
    const exported = await worker.send({ type: 'scrollwise/export' }, extensionPage);
    if (!exported.ok || !exported.file) throw new Error('export failed');
    expect(JSON.stringify(exported.file)).not.toMatch(/PBKDF2|parentLock|policyCache/);
    clock.advance(UNLOCK_MS);
    expect(await worker.send({ type: 'scrollwise/export' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
  });
});
