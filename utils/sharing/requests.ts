/**
 * Family sharing in the worker: this computer's record goes to the browser account's sync about once a
 * minute while the teen watches, once more when viewing stops, and goes away when a parent turns sharing
 * off. The record is rebuilt from this computer's own day totals at every write, so a write the browser
 * refuses (its quota, sync off) loses nothing: the next one carries it all.
 */
import { lockGuard } from '../lock/guard';
import { answersGiven, ledger, loadSettings, loadSettingsNow, readDays, readSharedRules, timeAsks } from '../storage';
import { siteAccess } from '../storage/access';
import { localLock, removeShared, saveSetting, thisDevice, writeShared } from '../storage/write';
import { dayKeyOf, shiftDay } from '../tracking/calendar';
import { parseDayRecord } from '../tracking/day-record';
import type { WorkerContext } from '../worker/context';
import { request } from '../worker/define';
import {
  ANSWERS_KEPT,
  cleanDeviceName,
  DEFAULT_SHARE_EVERY_MS,
  defaultDeviceName,
  deviceKey,
  ownRecord,
  SHARED_DAYS,
} from '.';
import {
  mergeRules,
  nextStamp,
  parseRules,
  RULES_PREFIX,
  type RulesRecord,
  rulesKey,
  SHARED_FIELDS,
  type SharedField,
} from './rules';

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

/**
 * Writes this computer's record now, when sharing is on; a refused write is tried again by the alarm.
 * Gives this computer's id and name (null when sharing is off).
 */
export async function shareNow(context: WorkerContext): Promise<{ id: string; name: string } | null> {
  const { settings } = await loadSettings();
  if (!settings.familySharing) return null;
  const device = await ensureDevice(context);
  const now = context.now();
  const today = dayKeyOf(now, settings.dayStartHour);
  const keys = Array.from({ length: SHARED_DAYS }, (_, back) => shiftDay(today, -back));
  const raw = await readDays(keys);
  const totals = Object.fromEntries(keys.map((day) => [day, parseDayRecord(raw[day])?.totalMs ?? 0]));
  try {
    const [{ stretch }, asks, answers, access] = await Promise.all([
      ledger.get(),
      timeAsks.get(),
      answersGiven.get(),
      siteAccess.get(),
    ]);
    // Today's latest ask, for a parent at any computer; the answers given here to the others' asks; since
    // when this computer has been blind to TikTok, if it is.
    const ask = asks.filter((each) => each.day === today).at(-1) ?? null;
    const shared = {
      ask,
      answers: answers.filter((each) => now - each.at < 86_400_000).slice(-ANSWERS_KEPT),
      accessOffAt: access.on ? null : (access.offAt.at(-1) ?? now),
    };
    await writeShared(deviceKey(device.id), ownRecord(device.name, totals, today, now, stretch?.last ?? 0, shared));
    sharedAt = now;
  } catch (error) {
    console.warn('Scrollwise: family sharing could not write yet; it is tried again in a minute', error);
    await context.shareSoon();
  }
  return device;
}

/** After time was counted: a write when the last is a minute old, and one more a minute after viewing stops. */
export async function afterCounting(context: WorkerContext): Promise<void> {
  if (!(await loadSettingsNow()).familySharing) return;
  await context.shareSoon();
  if (context.now() - sharedAt >= DEFAULT_SHARE_EVERY_MS || context.now() < sharedAt) await shareNow(context);
}

/** Sharing turned off: this computer's records leave sync; its time and its rules stay here. */
export async function stopSharing(): Promise<void> {
  const device = await thisDevice.get();
  if (device) await removeShared([deviceKey(device.id), rulesKey(device.id)]).catch(() => undefined);
}

/** Sharing turned on: this computer's totals go out, and it joins the family's rules. */
export async function startSharing(context: WorkerContext): Promise<void> {
  const device = await shareNow(context);
  if (device) await joinRules(context, device.id);
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

/** Every computer's rules record in sync, checked; this computer's own among them. */
async function rulesRecords(): Promise<Record<string, RulesRecord>> {
  const raw = await readSharedRules();
  const records: Record<string, RulesRecord> = {};
  for (const [key, value] of Object.entries(raw)) {
    const record = parseRules(value);
    if (record) records[key.slice(RULES_PREFIX.length)] = record;
  }
  return records;
}

/** The rules this computer holds now, as its record says them: local settings and lock, with stamps. */
async function ownRules(context: WorkerContext, stamps: (field: SharedField | 'lock') => number): Promise<RulesRecord> {
  const [{ local }, lock] = await Promise.all([loadSettings(), localLock.get()]);
  const settings: RulesRecord['settings'] = {};
  for (const field of SHARED_FIELDS) settings[field] = { value: local[field], at: stamps(field) };
  return { v: 1, seen: context.now(), settings, lock: { value: lock.pin, at: stamps('lock') } };
}

/**
 * This computer joins the family's rules (sharing turned on): what the family already agreed on is taken
 * here, and what nobody set yet goes out from here. A PIN set here is never dropped for "no lock" there.
 */
async function joinRules(context: WorkerContext, selfId: string): Promise<void> {
  const others = Object.fromEntries(Object.entries(await rulesRecords()).filter(([id]) => id !== selfId));
  const merged = mergeRules(others, context.now());
  const now = context.now();
  for (const [field, winner] of Object.entries(merged.settings) as [SharedField, { value: unknown }][])
    await saveSetting(field, winner.value as never);
  const lock = await localLock.get();
  const keepOwnPin = lock.pin !== null && (merged.lock === null || merged.lock.value === null);
  if (merged.lock && !keepOwnPin) await localLock.set({ ...lock, pin: merged.lock.value });
  const record = await ownRules(context, (field) =>
    field === 'lock'
      ? keepOwnPin
        ? nextStamp(now, merged.lock?.at)
        : (merged.lock?.at ?? now)
      : (merged.settings[field]?.at ?? now),
  );
  await writeShared(rulesKey(selfId), record);
}

/**
 * A setting or the lock changed here (`what`): it goes to the family, stamped after every stamp the
 * family has seen for it, so the change made last wins on every computer.
 */
export async function shareRule(context: WorkerContext, what: SharedField | 'lock', rejoined = false): Promise<void> {
  if (!(await loadSettings()).settings.familySharing) return;
  const device = await ensureDevice(context);
  const records = await rulesRecords();
  const mine = records[device.id];
  if (!mine) {
    // This computer's record never reached sync (its first write refused): it joins the family now, and
    // the change just made here stays, stamped after the family's, rather than giving way to an older value.
    if (rejoined) return;
    const kept = what === 'lock' ? (await localLock.get()).pin : (await loadSettings()).local[what];
    await joinRules(context, device.id);
    if (what === 'lock') await localLock.update((lock) => ({ ...lock, pin: kept as typeof lock.pin }));
    else await saveSetting(what, kept as never);
    return shareRule(context, what, true);
  }
  const merged = mergeRules(records, context.now());
  const seen = what === 'lock' ? merged.lock?.at : merged.settings[what]?.at;
  const stamp = nextStamp(context.now(), seen);
  const record = await ownRules(context, (field) =>
    field === what ? stamp : field === 'lock' ? (mine.lock?.at ?? 0) : (mine.settings[field]?.at ?? 0),
  );
  await writeShared(rulesKey(device.id), record).catch((error: unknown) =>
    console.warn('Scrollwise: family sharing could not send a change yet', error),
  );
}

/**
 * Another computer's rules arrived through sync: each field where the family's newest value is not this
 * computer's own is taken here, and kept in this computer's record too, so it holds even once that
 * computer drops out. A browser policy still wins here (it sits on top of the local settings).
 */
export async function adoptRules(context: WorkerContext): Promise<void> {
  if (!(await loadSettings()).settings.familySharing) return;
  const device = await thisDevice.get();
  if (!device) return;
  const records = await rulesRecords();
  const mine = records[device.id];
  if (!mine) return;
  const merged = mergeRules(records, context.now());
  let changed = false;
  const next: RulesRecord = { ...mine, settings: { ...mine.settings }, seen: context.now() };
  for (const [field, winner] of Object.entries(merged.settings) as [
    SharedField,
    { value: unknown; at: number; device: string },
  ][]) {
    if (winner.device === device.id || mine.settings[field]?.at === winner.at) continue;
    await saveSetting(field, winner.value as never);
    next.settings[field] = { value: winner.value, at: winner.at };
    changed = true;
  }
  if (merged.lock && merged.lock.device !== device.id && mine.lock?.at !== merged.lock.at) {
    await localLock.update((lock) => ({ ...lock, pin: merged.lock?.value ?? null }));
    next.lock = { value: merged.lock.value, at: merged.lock.at };
    changed = true;
  }
  if (changed) await writeShared(rulesKey(device.id), next);
}
