/**
 * Family sharing in the worker: this computer's record goes to the browser account's sync about once a
 * minute while the teen watches, once more when viewing stops, and goes away when a parent turns sharing
 * off. The record is rebuilt from this computer's own day totals at every write, so a write the browser
 * refuses (its quota, sync off) loses nothing: the next one carries it all.
 */
import { lockGuard } from '../lock/requests';
import { loadSettings, readDays } from '../storage';
import { removeShared, thisDevice, writeShared } from '../storage/write';
import { dayKeyOf, shiftDay } from '../tracking/calendar';
import { parseDayRecord } from '../tracking/day-record';
import type { WorkerContext } from '../worker/context';
import { request } from '../worker/define';
import { cleanDeviceName, DEFAULT_SHARE_EVERY_MS, defaultDeviceName, deviceKey, ownRecord, SHARED_DAYS } from '.';

/** When this worker last wrote (memory only: a restarted worker writes once more, which costs nothing). */
let sharedAt = 0;

/** This computer's id and name, made the first time sharing needs them. */
async function ensureDevice(context: WorkerContext) {
  const found = await thisDevice.get();
  if (found) return found;
  const id = crypto.randomUUID();
  const device = { id, name: defaultDeviceName(context.platform, id) };
  await thisDevice.set(device);
  return device;
}

/** Writes this computer's record now, when sharing is on; a refused write is tried again by the alarm. */
export async function shareNow(context: WorkerContext): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.familySharing) return;
  const device = await ensureDevice(context);
  const now = context.now();
  const today = dayKeyOf(now, settings.dayStartHour);
  const keys = Array.from({ length: SHARED_DAYS }, (_, back) => shiftDay(today, -back));
  const raw = await readDays(keys);
  const totals = Object.fromEntries(keys.map((day) => [day, parseDayRecord(raw[day])?.totalMs ?? 0]));
  try {
    await writeShared(deviceKey(device.id), ownRecord(device.name, totals, today, now));
    sharedAt = now;
  } catch (error) {
    console.warn('Scrollwise: family sharing could not write yet; it is tried again in a minute', error);
    await context.shareSoon();
  }
}

/** After time was counted: a write when the last is a minute old, and one more a minute after viewing stops. */
export async function afterCounting(context: WorkerContext): Promise<void> {
  if (!(await loadSettings()).settings.familySharing) return;
  await context.shareSoon();
  if (context.now() - sharedAt >= DEFAULT_SHARE_EVERY_MS || context.now() < sharedAt) await shareNow(context);
}

/** Sharing turned off: this computer's record leaves sync; its time stays here. */
export async function stopSharing(): Promise<void> {
  const device = await thisDevice.get();
  if (device) await removeShared(deviceKey(device.id)).catch(() => undefined);
}

export const sharingRequests = {
  /** A parent names this computer ("Family desktop"), as the family's other computers will list it. */
  'scrollwise/name-device': request({
    from: 'page',
    parse: (message) => {
      const name = cleanDeviceName(message.name);
      return name === null ? null : { name };
    },
    guard: lockGuard('settings'),
    queued: true,
    run: async (context, { name }) => {
      const device = await ensureDevice(context);
      await thisDevice.set({ ...device, name });
      await shareNow(context);
      return { ok: true } as const;
    },
  }),
};
