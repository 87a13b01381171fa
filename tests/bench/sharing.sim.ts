import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPinRecord } from '@/utils/lock/pin';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { deviceKey, ownRecord, rulesKey, SHARED_DAYS } from '@/utils/sharing';
import { shareNow } from '@/utils/sharing/requests';
import { SHARED_FIELDS } from '@/utils/sharing/rules';
import { shiftDay } from '@/utils/tracking/calendar';
import { enforceSyncQuotas, SYNC_QUOTAS } from '../support/sync-quotas';
import { extensionPage, heartbeats, testClock, testWorker } from '../unit/worker/harness';

// Family sharing's sync figures for `npm run bench`: a week of heavy watching on one computer against
// Chrome's write quotas (each computer has its own), and the bytes four computers' records take.
it('measures family sharing’s writes over a week and the sync bytes of four computers', async () => {
  fakeBrowser.reset();
  const clock = testClock('2026-06-08T16:00:00');
  const worker = testWorker(clock);
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dailyLimitMin: 240 } });
  await worker.send({ type: 'scrollwise/save-setting', field: 'familySharing', value: true }, extensionPage);
  const quotas = enforceSyncQuotas(() => clock.now());
  const watchedHours = 7 * 3;
  for (let day = 0; day < 7; day++) {
    // Three hours a day in one sitting, a heartbeat every 15 s, then the alarm a minute after.
    await heartbeats(worker, clock, 3 * 240);
    clock.advance(60_000);
    await shareNow(worker.context);
    clock.advance(21 * 3_600_000 - 60_000);
  }
  // Four computers at their largest: 14 days of near-full totals, 40-letter names, every rule and a PIN.
  const today = '2026-06-14';
  const totals = Object.fromEntries(
    Array.from({ length: SHARED_DAYS }, (_, back) => [shiftDay(today, -back), 86_399_999]),
  );
  const pin = await createPinRecord('a long passphrase', 600_000);
  const rules = {
    v: 1,
    seen: clock.now(),
    settings: Object.fromEntries(
      SHARED_FIELDS.map((field) => [field, { value: DEFAULT_SETTINGS[field], at: clock.now() }]),
    ),
    lock: { value: pin, at: clock.now() },
  };
  const id = '01234567-89ab-cdef-0123-456789abcdef';
  const bytesOf = (key: string, value: unknown) => key.length + JSON.stringify(value).length;
  const perComputer =
    bytesOf(deviceKey(id), ownRecord('x'.repeat(40), totals, today, clock.now())) + bytesOf(rulesKey(id), rules);
  const figures = {
    refused: quotas.refused.length,
    writesPerWatchedHour: quotas.writes.length / watchedHours,
    peakPerMinute: quotas.peak(60_000),
    peakPerHour: quotas.peak(3_600_000),
    fourComputersBytes: 4 * perComputer,
    largestItemBytes: Math.max(
      bytesOf(deviceKey(id), ownRecord('x'.repeat(40), totals, today, 0)),
      bytesOf(rulesKey(id), rules),
    ),
    quotas: SYNC_QUOTAS,
  };
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/bench-sharing.json', JSON.stringify(figures, null, 2));
  expect(figures.refused).toBe(0);
}, 120_000);
