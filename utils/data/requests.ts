/** Export, import and delete: the family's data, gated by the parent lock. */
import { lockGuard } from '../lock/guard';
import { familyDevices } from '../sharing/family-time';
import { stopSharing } from '../sharing/requests';
import { loadSettings, readDays, snapshotForExport, thisDevice } from '../storage';
import { deleteAll, writeDays } from '../storage/write';
import { dayKeyOf } from '../tracking/calendar';
import { noBody, request } from '../worker/define';
import { buildExport, type ExportFile, type ImportError, mergeImported, parseImport } from './transfer';

/** A file that cannot be imported: `error` is its reason's code, `detail` what the page may name (a day, a version). */
const importRefusal = (detail: ImportError) => ({ ok: false as const, error: detail.code, detail });

export const dataRequests = {
  /** Only the PIN guards an export: a policy-locked family can still keep a copy of its own time. */
  'scrollwise/export': request({
    from: 'page',
    parse: noBody,
    guard: lockGuard('pin'),
    queued: false,
    run: async (context) => {
      const { settings } = await loadSettings();
      const [device, others] = await Promise.all([
        thisDevice.get(),
        familyDevices(settings.familySharing, context.now()),
      ]);
      const file: ExportFile = buildExport(
        await snapshotForExport(),
        new Date(context.now()),
        context.extensionVersion,
        {
          thisComputer: device?.name ?? null,
          others: others.map(({ record }) => ({
            name: record.name,
            lastHeard: new Date(record.seen).toISOString(),
            days: record.days,
          })),
        },
      );
      return { ok: true, file } as const;
    },
  }),

  'scrollwise/import': request({
    from: 'page',
    parse: (message) => (typeof message.text === 'string' ? { text: message.text } : null),
    guard: lockGuard('settings'),
    queued: true,
    run: async (context, { text }) => {
      const parsed = parseImport(text, dayKeyOf(context.now()));
      if (!parsed.ok) return importRefusal(parsed.error);
      const counts = await context.recorder.exclusive(async () => {
        const merged = mergeImported(await readDays(Object.keys(parsed.days)), parsed.days);
        await writeDays(merged.write);
        return merged.counts;
      });
      return { ok: true, days: Object.keys(parsed.days).length, ...counts } as const;
    },
  }),

  /** Deleting would remove the lock too: a policy lock refuses it as well as the PIN. */
  'scrollwise/delete-all': request({
    from: 'page',
    parse: noBody,
    guard: lockGuard('settings'),
    queued: true,
    run: async (context) => {
      // This computer's part of family sharing goes too; the family's other computers keep theirs.
      const { settings } = await loadSettings();
      const elsewhere = (await familyDevices(settings.familySharing, context.now())).length;
      await stopSharing();
      await context.recorder.reset(deleteAll);
      return { ok: true, elsewhere } as const;
    },
  }),
};
