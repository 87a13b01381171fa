import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterMs } from '@/utils/content/timing';
import { checkSetting, DEFAULT_SETTINGS, parseManaged, parseSettings, TIP_THEMES } from '@/utils/settings';
import { loadSettings } from '@/utils/storage';
import { saveSetting } from '@/utils/storage/write';

beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  it('gives the defaults for nothing stored yet, without a notice', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keeps every valid field', () => {
    const stored = {
      tips: { comments: false, reporting: true, privacy: false, screenTime: true, messages: false, feed: false },
      language: 'fr',
      helplineCountry: 'BE',
    };
    expect(parseSettings(stored)).toEqual({ settings: { ...DEFAULT_SETTINGS, ...stored }, invalid: [] });
  });

  it('replaces only the bad fields with defaults, and names them', () => {
    const { settings, invalid } = parseSettings({
      tips: { comments: 'yes', privacy: false },
      language: 'klingon',
      helplineCountry: 'FR',
    });
    expect(settings.tips).toEqual({ ...DEFAULT_SETTINGS.tips, privacy: false });
    expect(settings.language).toBe('auto');
    expect(settings.helplineCountry).toBe('FR');
    expect(invalid.sort()).toEqual(['language', 'tips.comments']);
  });

  it('survives a record that is not an object at all', () => {
    expect(parseSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['settings'] });
    expect(parseSettings([1, 2])).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['settings'] });
  });
});

describe('the browser-policy schema', () => {
  it('lets an administrator set every tips theme, and only those', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties.tips.properties).sort()).toEqual([...TIP_THEMES].sort());
  });
});

describe('settings validation', () => {
  it.each([
    ['dailyLimitMin', 0, null],
    ['dailyLimitMin', 15, null],
    ['dailyLimitMin', 360, null],
    ['dailyLimitMin', 14, 'limit-range'],
    ['dailyLimitMin', 361, 'limit-range'],
    ['dailyLimitMin', 30.5, 'limit-range'],
    ['dailyLimitMin', Number.NaN, 'limit-range'],
    ['breakEveryMin', 9, 'break-range'],
    ['breakEveryMin', 120, null],
    ['dayStartHour', 4, null],
    ['dayStartHour', 7, 'day-start-range'],
    ['sleep', { enabled: true, start: '22:30', end: '06:45' }, null],
    ['sleep', { enabled: true, start: '25:00', end: '06:45' }, 'time-format'],
    ['sleep', { enabled: true, start: '', end: '06:45' }, 'time-format'],
    ['language', 'de', 'choice'],
    ['helplineCountry', 'FR', null],
    ['helplineCountry', 'XX', 'choice'],
  ] as const)('%s = %j → %s', (field, value, expected) => {
    expect(checkSetting(field, value as never)).toBe(expected);
  });

  it('refuses a bad value without writing anything', async () => {
    expect(await saveSetting('dailyLimitMin', 5)).toBe('limit-range');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(await saveSetting('dailyLimitMin', 45)).toBeNull();
    expect((await loadSettings()).settings.dailyLimitMin).toBe(45);
  });

  it('falls back to defaults for a corrupted record, field by field, and says which', async () => {
    await fakeBrowser.storage.local.set({
      settings: { dailyLimitMin: 'lots', language: 'fr', sleep: 12 },
      settings$: { v: 2 },
    });
    const loaded = await loadSettings();
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.settings.dailyLimitMin).toBe(0);
    expect(loaded.settings.sleep).toEqual(DEFAULT_SETTINGS.sleep);
    expect(loaded.invalid.sort()).toEqual(['dailyLimitMin', 'sleep']);
  });
});

describe('settings migrations', () => {
  it('upgrades a v1 record (0.1.0) to v2, keeping every choice and adding the new defaults', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        tips: { comments: false, reporting: true, privacy: true, screenTime: false },
        language: 'fr',
        helplineCountry: 'CH',
      },
      settings$: { v: 1 },
    });
    // A new version starts: the worker loads its storage writer afresh, and defining its items migrates
    // them; every context reads the record meanwhile, old or new, through its parser.
    vi.resetModules();
    const { loadSettings: load } = await import('@/utils/storage');
    expect((await load()).settings.language).toBe('fr');
    await import('@/utils/storage/write');
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 }),
    );
    const loaded = await load();
    expect(loaded.invalid).toEqual([]);
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      // Themes added since (messages, feed) start on, as for a new install.
      tips: { comments: false, reporting: true, privacy: true, screenTime: false, messages: true, feed: true },
      language: 'fr',
      helplineCountry: 'CH',
    });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ dailyLimitMin: 0, language: 'fr' });
  });
});

describe('managed policy', () => {
  it('overrides local values and reports what it sets; out-of-range values are ignored', async () => {
    await saveSetting('dailyLimitMin', 90);
    await saveSetting('language', 'en');
    await fakeBrowser.storage.managed.set({
      dailyLimitMinutes: 60,
      language: 'fr',
      breakReminderMinutes: 999,
      settingsLocked: true,
    });
    const loaded = await loadSettings();
    expect(loaded.settings.dailyLimitMin).toBe(60);
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.settings.breakEveryMin).toBe(0);
    expect(loaded.local.dailyLimitMin).toBe(90);
    expect(Object.keys(loaded.policy.values).sort()).toEqual(['dailyLimitMin', 'language']);
    expect(loaded.policy.locked).toBe(true);
    // What it could not use is named, so each field can say so beside it: never a silent reset.
    expect(loaded.policy.invalid).toEqual(['breakEveryMin']);
  });

  describe('a slow first read (Chromium takes about 2 s)', () => {
    afterEach(() => vi.restoreAllMocks());

    it('keeps one caller waiting, not each: the rest take the cached copy at once, until the read lands', async () => {
      await fakeBrowser.storage.local.set({ policyCache: { dailyLimitMinutes: 45 } });
      let land: (policy: Record<string, unknown>) => void = () => undefined;
      // The overloads of `get` (one takes a callback) hide the promise form from `spyOn`'s types.
      const get = vi.spyOn(fakeBrowser.storage.managed, 'get') as unknown as MockInstance<
        () => Promise<Record<string, unknown>>
      >;
      get.mockReturnValueOnce(new Promise((resolve) => (land = resolve)));
      expect((await loadSettings()).settings.dailyLimitMin).toBe(45);
      // Storage alone: nothing but promises, so a timer that fires first means this caller waited.
      const next = await Promise.race([
        loadSettings().then((loaded) => loaded.settings.dailyLimitMin),
        afterMs(50).then(() => 'waited'),
      ]);
      expect(next).toBe(45);
      land({ dailyLimitMinutes: 60 });
      await vi.waitFor(async () =>
        expect(await fakeBrowser.storage.local.get('policyCache')).toEqual({
          policyCache: { dailyLimitMinutes: 60 },
        }),
      );
      get.mockResolvedValue({ dailyLimitMinutes: 30 });
      // The next read is a new one: its callers wait for it again, and get the policy as it is now.
      expect((await loadSettings()).settings.dailyLimitMin).toBe(30);
      expect(get).toHaveBeenCalledTimes(2);
    });
  });

  it('#25 names every field a policy sets to nonsense, nested or listed ones included', () => {
    const policy = parseManaged({
      weekendLimitMinutes: 5,
      dayLimitMinutes: 90,
      sleepHours: 'all night',
      tips: { comments: 'yes' },
      quietTimes: [{ name: 'Homework', days: [1], start: '19:00', end: '17:00' }],
      daysOff: ['someday'],
      doorPause: 'on',
      dailyLimitMinutes: 60,
    });
    expect(policy.values).toEqual({ dailyLimitMin: 60 });
    expect([...policy.invalid].sort()).toEqual(
      ['dayLimitsMin', 'daysOff', 'doorPause', 'quietTimes', 'sleep', 'tips', 'weekendLimitMin'].sort(),
    );
  });

  it('reads nested policy values (sleep hours, tips)', () => {
    const policy = parseManaged({
      sleepHours: { enabled: true, start: '21:30', end: '07:00' },
      tips: { comments: false },
    });
    expect(policy.values.sleep).toEqual({ enabled: true, start: '21:30', end: '07:00' });
    expect(policy.values.tips).toEqual({ ...DEFAULT_SETTINGS.tips, comments: false });
  });
});
