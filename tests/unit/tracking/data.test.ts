import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, IMPORT_MAX_BYTES, parseImport } from '@/utils/data/transfer';
import { createPinRecord } from '@/utils/lock/pin';
import { UNLOCK_MS } from '@/utils/lock/requests';
import { pruneReminderLog } from '@/utils/reminders/requests';
import { dismissedTips, loadReminderLog, loadSettings } from '@/utils/storage';
import { dayKeyOf, shiftDay, splitByHour } from '@/utils/tracking/calendar';
import { emptyDay } from '@/utils/tracking/day-record';
import { expiredDays } from '@/utils/tracking/retention';
import { dayTotals, EXTENSION_ID, extensionPage, ORIGIN, tabSession, testClock, testWorker } from '../worker/harness';

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
      // Impossible dates that Date would quietly roll over, and days that have not happened yet.
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-02-30': day(5) } }), 'bad-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-04-31': day(5) } }), 'bad-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '9999-12-31': day(5) } }), 'bad-day'],
      [JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, days: { '2026-06-12': day(5) } }), 'bad-day'],
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
  const lockWith = async (secret: string) =>
    fakeBrowser.storage.local.set({
      parentLock: { v: 1, pin: await createPinRecord(secret, 100_000), failures: 0, waitUntil: 0 },
    });

  it('answers the options page, which Chromium opens in a tab (it has a sender.tab)', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const optionsTab = { id: EXTENSION_ID, url: `${ORIGIN}options.html`, frameId: 0, tab: { id: 3, active: true } };
    expect(await worker.send({ type: 'scrollwise/export' }, optionsTab)).toMatchObject({ ok: true });
    expect(await worker.send({ type: 'scrollwise/delete-all' }, optionsTab)).toEqual({ ok: true });
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

  it('checks simultaneous guesses one at a time, so the back-off holds', async () => {
    await lockWith('2468');
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const guesses = Array.from({ length: 12 }, (_, index) =>
      worker.send({ type: 'scrollwise/unlock', secret: String(1000 + index) }, extensionPage),
    );
    const replies = await Promise.all(guesses);
    // Five free tries, then every other guess waits without being checked.
    expect(replies.filter((reply) => !reply.ok && reply.error === 'wrong-pin')).toHaveLength(5);
    expect(replies.filter((reply) => !reply.ok && reply.error === 'wait')).toHaveLength(7);
  });

  it('changes or removes the PIN only after it was typed, even under a browser policy lock', async () => {
    await lockWith('2468');
    await fakeBrowser.storage.managed.set({ settingsLocked: true });
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    expect(await worker.send({ type: 'scrollwise/remove-pin' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/set-pin', secret: '1357' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/pin-record' }, extensionPage)).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    expect(await worker.send({ type: 'scrollwise/unlock', secret: '2468' }, extensionPage)).toEqual({ ok: true });
    expect(await worker.send({ type: 'scrollwise/pin-record' }, extensionPage)).toMatchObject({ ok: true });
    expect(await worker.send({ type: 'scrollwise/remove-pin' }, extensionPage)).toEqual({ ok: true });
  });

  it('keeps the reminders log to 14 days, pruned by the hourly upkeep', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const old = { at: clock.now() - 15 * 86_400_000, kind: 'limit', choice: 'close' };
    const recent = { at: clock.now() - 86_400_000, kind: 'break', choice: 'continue' };
    await fakeBrowser.storage.local.set({ nudgeLog: [old, recent] });
    expect(await loadReminderLog(clock.now())).toEqual([recent]);
    const worker = testWorker(clock);
    await pruneReminderLog(worker.context);
    expect((await fakeBrowser.storage.local.get('nudgeLog')).nudgeLog).toEqual([recent]);
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

  it('prunes days later than any real today (a wrong clock), keeping tomorrow for time zones', () => {
    const today = '2026-06-10';
    expect(expiredDays(['2026-06-11', '2026-06-12', '9999-12-31'], today)).toEqual(['2026-06-12', '9999-12-31']);
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
    expect(await dismissedTips.get()).toEqual(['report']);
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    clock.advance(15_000);
    await worker.send(tabSession(clock).slice(15_000));
    expect(await dayTotals()).toEqual({ '2026-06-09': 60, '2026-06-10': 15 });
  });
});
