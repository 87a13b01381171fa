/** The family's settings, changed by the worker alone, and only when the lock lets them change. */
import { isRecord } from '../guards';
import { lockGuard } from '../lock/guard';
import type { LockRefusal } from '../lock/verdict';
import { shareRule, startSharing, stopSharing } from '../sharing/requests';
import { loadSettings } from '../storage';
import { resetTips, saveSetting } from '../storage/write';
import { noBody, request } from '../worker/define';
import { DEFAULT_SETTINGS, type SettingError, type Settings } from '.';

/** One field and its new value, as a page sends it. */
export type SettingChange = { [K in keyof Settings]: { field: K; value: Settings[K] } }[keyof Settings];

/** Of a record setting, only the keys the setting has: nothing else rides along into storage. */
function ownKeys(field: keyof Settings, value: unknown): unknown {
  const shape = DEFAULT_SETTINGS[field];
  if (!isRecord(shape) || !isRecord(value)) return value;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, value[key]]));
}

/** The field must be one of ours; its value is checked when saved (`checkSetting`). */
const parseChange = (message: Record<string, unknown>): SettingChange | null =>
  typeof message.field === 'string' && Object.hasOwn(DEFAULT_SETTINGS, message.field) && 'value' in message
    ? ({ field: message.field, value: ownKeys(message.field as keyof Settings, message.value) } as SettingChange)
    : null;

export const settingsRequests = {
  /**
   * The settings in force (policy applied), for a TikTok page: it asks here rather than reading storage, so
   * the always-on sentinel carries no settings parser, policy reader or migration.
   */
  'scrollwise/settings': request({
    from: 'tab',
    parse: noBody,
    queued: false,
    run: async () => ({ ok: true, settings: (await loadSettings()).settings }) as const,
  }),

  /** One setting, from the popup, the options page or the welcome page. */
  'scrollwise/save-setting': request({
    from: 'page',
    parse: parseChange,
    guard: lockGuard('settings'),
    queued: true,
    run: async (context, { field, value }): Promise<{ ok: true } | LockRefusal | SettingRefusal> => {
      // A value the policy sets is in force whatever is saved here: saving it would only mislead.
      if (field in (await loadSettings()).policy.values) return { ok: false, error: 'parent-locked', by: 'policy' };
      const reason = await saveSetting(field, value);
      if (reason) return { ok: false, error: 'invalid-setting', reason };
      // Family sharing on: this computer joins the family (its time and its rules); off: it leaves sync.
      // Any other change goes to the family's other computers.
      if (field === 'familySharing') await (value ? startSharing(context) : stopSharing());
      else await shareRule(context, field);
      return { ok: true };
    },
  }),

  /** "Show every tip again, in full": closed tips come back, and each opens whole once more. */
  'scrollwise/reset-tips': request({
    from: 'page',
    parse: noBody,
    guard: lockGuard('settings'),
    queued: true,
    run: async () => {
      await resetTips();
      return { ok: true } as const;
    },
  }),
};

export type SettingRefusal = { ok: false; error: 'invalid-setting'; reason: SettingError };
