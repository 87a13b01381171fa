import { useSignal } from '@preact/signals';
import { COUNTRY_CODES, countryName } from '@/utils/helplines/countries';
import { format } from '@/utils/i18n/format';
import { LANGUAGES, type Settings, TIP_THEMES } from '@/utils/settings';
import type { SettingChange } from '@/utils/settings/requests';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { sendToWorker } from '@/utils/worker/client';
import { DayLimitsField } from './DayLimitsField';
import { DaysOffField } from './DaysOffField';
import { KeptInput } from './KeptInput';
import type { FamilyModel } from './model';
import { QuietTimesField } from './QuietTimesField';
import { lockReason, refusalText } from './refusal';
import { TimeRange } from './TimeRange';
import { weekdayName } from './week-days';

type MinutesField = 'dailyLimitMin' | 'weekendLimitMin' | 'breakEveryMin';
/** The range `checkSetting` accepts for each, the value a box turned on starts at, and its value when off. */
const MINUTES: Record<MinutesField, { lowest: number; highest: number; usual: number; off: 0 | null }> = {
  dailyLimitMin: { lowest: 15, highest: 360, usual: 60, off: 0 },
  // Off: the daily limit holds on weekends too.
  weekendLimitMin: { lowest: 15, highest: 360, usual: 90, off: null },
  breakEveryMin: { lowest: 10, highest: 120, usual: 30, off: 0 },
};

/**
 * Every family setting, saved as soon as it changes. A refused value stays in the field with the reason
 * beside it and is not saved; a value set by policy is shown, disabled, and says so.
 */
export function SettingsForm({
  model,
  welcome,
}: {
  model: FamilyModel;
  /** The welcome page's step: the limits and sleep hours a parent chooses with the teen, under its own title. */
  welcome?: { title: string; intro: string };
}) {
  const limitsOnly = welcome !== undefined;
  /** Why the worker refused a field's last value, as shown beside it. */
  const errors = useSignal<Partial<Record<keyof Settings, string>>>({});
  const status = useSignal('');
  const loaded = model.loaded.value;
  if (!loaded) return null;
  const m = model.messages.value;
  const { settings, policy } = loaded;
  const managed = (field: keyof Settings) => field in policy.values;
  const disabled = (field: keyof Settings) => !model.editable.value || managed(field);
  const dayName = weekdayName(model.language.value);
  /** What each field with a component of its own gets: the copy, its lock state, policy note, refusal and saver. */
  const fieldOf = <K extends keyof Settings>(field: K) => ({
    messages: m,
    disabled: disabled(field),
    note: note(field),
    refusal: errorOf(field),
    save: (value: Settings[K]) => void save(field, value),
  });

  const save = async <K extends keyof Settings>(field: K, value: Settings[K]) => {
    // Show the change at once; storage confirms it (or the refusal restores what is saved).
    if (model.loaded.value)
      model.loaded.value = { ...model.loaded.value, settings: { ...model.loaded.value.settings, [field]: value } };
    const reply = await sendToWorker({ type: 'scrollwise/save-setting', ...({ field, value } as SettingChange) });
    if (!reply.ok) await model.refresh();
    errors.value = { ...errors.value, [field]: reply.ok ? undefined : refusalText(reply, m) };
    status.value = reply.ok ? m.settings.saved : '';
  };
  const note = (field: keyof Settings) =>
    managed(field) ? (
      <span class="managed-note"> ({m.settings.setByAdmin})</span>
    ) : policy.invalid.includes(field) ? (
      <span class="managed-note" data-testid="policy-ignored">
        {' '}
        ({m.settings.adminIgnored})
      </span>
    ) : null;
  const errorOf = (field: keyof Settings) => {
    const error = errors.value[field];
    return error ? (
      <p class="field-error" id={`error-${field}`} role="alert">
        {error}
      </p>
    ) : null;
  };
  /**
   * A limit in minutes, or none: a box turns it on (at a usual value) or off, and the number takes any
   * whole value in range, its arrows stepping through valid ones only (the worker checks it again).
   */
  const minutesField = (field: MinutesField, label: { on: string; minutes: string }) => {
    const { lowest, highest, usual, off } = MINUTES[field];
    const on = (settings[field] ?? 0) > 0;
    return (
      <div class="field minutes">
        <label class="check">
          <input
            type="checkbox"
            id={`${field}-on`}
            checked={on}
            disabled={disabled(field)}
            onChange={(event) => save(field, event.currentTarget.checked ? usual : off)}
          />
          {label.on}
          {note(field)}
        </label>
        <label for={field}>{label.minutes}</label>
        <KeptInput
          id={field}
          type="number"
          inputMode="numeric"
          min={lowest}
          max={highest}
          step={5}
          value={on ? (settings[field] ?? '') : ''}
          disabled={disabled(field) || !on}
          aria-invalid={errors.value[field] ? 'true' : undefined}
          aria-describedby={errors.value[field] ? `error-${field}` : undefined}
          onChange={(event) => {
            const text = event.currentTarget.value.trim();
            void save(field, text === '' ? Number.NaN : Number(text));
          }}
        />
        {errorOf(field)}
      </div>
    );
  };

  /** A labelled choice among fixed options; `parse` turns the option's value back into the setting's type. */
  const selectField = (
    field: 'language' | 'helplineCountry' | 'dayStartHour',
    label: string,
    options: [string, string][],
    parse: (value: string) => unknown = (value) => value,
  ) => (
    <div class="field">
      <label for={field}>
        {label}
        {note(field)}
      </label>
      <select
        id={field}
        value={String(settings[field])}
        disabled={disabled(field)}
        onChange={(event) => save(field, parse(event.currentTarget.value) as never)}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="settings" aria-labelledby="settings-title" data-testid={limitsOnly ? 'welcome-limits' : undefined}>
      <h2 id="settings-title">{welcome ? welcome.title : m.settings.title}</h2>
      {welcome && <p>{welcome.intro}</p>}
      {/* Why every field below is greyed, when the lock greys them: said once, at the top. */}
      {lockReason(model) && (
        <p class="hint" id="settings-locked" data-testid="settings-locked">
          {lockReason(model)}
        </p>
      )}
      {loaded.invalid.length > 0 && (
        <p class="notice" role="status">
          {format(m.settings.invalidNotice, { fields: loaded.invalid.join(', ') })}
        </p>
      )}
      {!limitsOnly && tipsAndLanguage()}
      {minutesField('dailyLimitMin', m.settings.dailyLimit)}
      {/* The welcome pass fits one screen: a weekend limit waits for the settings. */}
      {!limitsOnly && minutesField('weekendLimitMin', m.settings.weekendLimit)}
      {!limitsOnly && <DayLimitsField settings={settings} dayName={dayName} {...fieldOf('dayLimitsMin')} />}
      {!limitsOnly && (
        <DaysOffField
          daysOff={settings.daysOff}
          today={dayKeyOf(model.now.value, settings.dayStartHour)}
          language={model.language.value}
          {...fieldOf('daysOff')}
        />
      )}
      {minutesField('breakEveryMin', m.settings.breakEvery)}
      {sleepField()}
      {!limitsOnly && doorField()}
      {!limitsOnly && <QuietTimesField saved={settings.quietTimes} dayName={dayName} {...fieldOf('quietTimes')} />}
      {!limitsOnly && dayAndReset()}
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </section>
  );

  function tipsAndLanguage() {
    return (
      <>
        <fieldset disabled={disabled('tips')}>
          <legend>
            {m.settings.tips}
            {note('tips')}
          </legend>
          {TIP_THEMES.map((theme) => (
            <label class="check" key={theme}>
              <input
                type="checkbox"
                name={`tip-${theme}`}
                checked={settings.tips[theme]}
                onChange={(event) => save('tips', { ...settings.tips, [theme]: event.currentTarget.checked })}
              />
              {m.settings.tipThemes[theme]}
            </label>
          ))}
        </fieldset>
        {selectField(
          'language',
          m.settings.language,
          LANGUAGES.map((language) => [language, m.settings.languages[language]]),
        )}
        {selectField('helplineCountry', m.settings.country, [
          ['auto', m.settings.countryAuto],
          ...COUNTRY_CODES.map((country): [string, string] => [country, countryName(country, model.language.value)]),
        ])}
      </>
    );
  }

  function sleepField() {
    return (
      <fieldset disabled={disabled('sleep')}>
        <legend>
          {m.settings.sleep}
          {note('sleep')}
        </legend>
        <label class="check">
          <input
            type="checkbox"
            name="sleep-enabled"
            checked={settings.sleep.enabled}
            onChange={(event) => save('sleep', { ...settings.sleep, enabled: event.currentTarget.checked })}
          />
          {m.settings.sleepOn}
        </label>
        <TimeRange
          name="sleep"
          range={settings.sleep}
          labels={{ from: m.settings.sleepFrom, to: m.settings.sleepTo }}
          onChange={(range) => save('sleep', { ...settings.sleep, ...range })}
        />
        {errorOf('sleep')}
      </fieldset>
    );
  }

  function doorField() {
    return (
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            name="door-pause"
            checked={settings.doorPause}
            disabled={disabled('doorPause')}
            aria-describedby="door-pause-hint"
            onChange={(event) => save('doorPause', event.currentTarget.checked)}
          />
          {m.settings.doorPause.on}
          {note('doorPause')}
        </label>
        <p class="hint" id="door-pause-hint">
          {m.settings.doorPause.hint}
        </p>
        {errorOf('doorPause')}
      </div>
    );
  }

  function dayAndReset() {
    return (
      <>
        {selectField(
          'dayStartHour',
          m.settings.dayStart,
          [0, 1, 2, 3, 4, 5, 6].map((hour): [string, string] => [String(hour), `${String(hour).padStart(2, '0')}:00`]),
          Number,
        )}
        <button
          type="button"
          class="secondary"
          disabled={!model.editable.value}
          aria-describedby={model.editable.value ? undefined : 'settings-locked'}
          onClick={async () => {
            const reply = await sendToWorker({ type: 'scrollwise/reset-tips' });
            status.value = reply.ok ? m.settings.resetDone : refusalText(reply, m);
          }}
        >
          {m.settings.resetTips}
        </button>
      </>
    );
  }
}
