import { type Signal, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { format, plural } from '@/utils/i18n/format';
import { sharingCopy } from '@/utils/i18n/sharing';
import { DEVICE_QUIET_MS, type OtherDevice, othersOn, unreportedOf } from '@/utils/sharing';
import { familyDevices } from '@/utils/sharing/family-time';
import { watchSharedDevices } from '@/utils/storage';
import type { DayKey } from '@/utils/tracking/calendar';
import type { FamilyModel } from './model';

/** One reader of the family's computers per page, however many parts of it show them. */
type DevicesReader = { devices: Signal<OtherDevice[]>; users: number; sharing: boolean; stop: (() => void) | null };
const readers = new WeakMap<FamilyModel, DevicesReader>();

/**
 * The family's other computers as sync last brought them, followed live (none when sharing is off). The
 * options page shows them twice (the sharing status, the asks' list): both follow one read and one watch.
 */
export function useFamilyDevices(model: FamilyModel) {
  const sharing = model.loaded.value?.settings.familySharing ?? false;
  let reader = readers.get(model);
  if (!reader) {
    reader = { devices: signal([]), users: 0, sharing, stop: null };
    readers.set(model, reader);
  }
  const current = reader;
  useEffect(() => {
    current.users += 1;
    if (!current.stop || current.sharing !== sharing) {
      current.stop?.();
      current.sharing = sharing;
      const read = () => void familyDevices(sharing, Date.now()).then((found) => (current.devices.value = found));
      read();
      current.stop = watchSharedDevices(read);
    }
    return () => {
      current.users -= 1;
      if (current.users > 0) return;
      current.stop?.();
      current.stop = null;
    };
  }, [sharing, current]);
  return { sharing, devices: current.devices.value };
}

/**
 * Which computers today's time counts: this one alone, or this one and the others by name, each with when
 * it was last heard from; one gone quiet says its latest time may be missing, and one whose Scrollwise
 * cannot see TikTok any more says since when. Never an "all clear" that is not: sharing on with no other
 * computer heard says so.
 */
export function SharingStatus({ model }: { model: FamilyModel }) {
  const { sharing, devices } = useFamilyDevices(model);
  return sharing ? <StatusLine model={model} devices={devices} /> : null;
}

function StatusLine({ model, devices }: { model: FamilyModel; devices: OtherDevice[] }) {
  const m = sharingCopy[model.language.value];
  const language = model.language.value;
  const now = model.now.value;
  const heard = (device: OtherDevice) => {
    const { record } = device;
    const ago = Math.max(0, now - record.seen);
    const name = { name: record.name };
    if (ago >= DEVICE_QUIET_MS && ago < 86_400_000) {
      const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(record.seen);
      return format(m.quiet, { ...name, time });
    }
    const minutes = Math.floor(ago / 60_000);
    const text =
      minutes < 1
        ? m.ago.now
        : minutes < 60
          ? plural(language, minutes, m.ago.minutes)
          : minutes < 24 * 60
            ? plural(language, Math.floor(minutes / 60), m.ago.hours)
            : plural(language, Math.floor(minutes / (24 * 60)), m.ago.days);
    const heardText = format(text, name);
    // Caution near the limit, said: minutes a watching computer may not have reported yet count for it.
    const unreported = unreportedOf(device, now);
    return unreported > 0
      ? format(m.unreported, { heard: heardText, minutes: String(Math.ceil(unreported / 60_000)) })
      : heardText;
  };
  const since = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p class="hint sharing-status" data-testid="sharing-status" data-devices={devices.length}>
        {devices.length === 0
          ? m.alone
          : format(plural(language, devices.length, m.counting), { list: devices.map(heard).join('; ') })}
      </p>
      {devices.map(({ id, record }) =>
        record.accessOffAt === null ? null : (
          <p class="notice" key={id} data-testid="device-access-off">
            {format(m.accessOff, { name: record.name, time: since.format(record.accessOffAt) })}
          </p>
        ),
      )}
    </>
  );
}

/**
 * Today's figure for the whole family (the popup): this computer's time and what the other computers
 * report, followed live, then which computers it counts.
 */
export function FamilyToday({
  model,
  ownMs,
  day,
  children,
}: {
  model: FamilyModel;
  ownMs: number;
  day: string;
  children: (familyMs: number) => preact.ComponentChildren;
}) {
  const { devices } = useFamilyDevices(model);
  return (
    <>
      {children(ownMs + othersOn(devices, day))}
      <StatusLine model={model} devices={devices} />
    </>
  );
}

/**
 * The popup's charts with sharing on: `othersOn` gives what the other computers report for a day, to add
 * to this computer's, and the titles say so (the hours stay this computer's: sync carries daily totals).
 */
export function FamilyDays({
  model,
  children,
}: {
  model: FamilyModel;
  children: (othersOn: (day: DayKey) => number, titles: { week: string; hours: string }) => preact.ComponentChildren;
}) {
  const { devices } = useFamilyDevices(model);
  const m = sharingCopy[model.language.value];
  return <>{children((day) => othersOn(devices, day), { week: m.weekAll, hours: m.byHourHere })}</>;
}
