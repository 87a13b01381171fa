import { useSignal } from '@preact/signals';
import { format } from '@/utils/i18n/format';
import type { PageMessages } from '@/utils/i18n/pages';
import { checkSetting, type Settings } from '@/utils/settings';
import { isWeekend } from '@/utils/settings/week';
import { KeptInput } from './KeptInput';
import { WEEK } from './week-days';

/**
 * A limit for each day of the week, over the school-day and weekend ones: an empty day follows them (its
 * placeholder says what it gets then). A value out of range stays in its box with the reason beside it.
 */
export function DayLimitsField({
  settings,
  messages: m,
  dayName,
  disabled,
  note,
  refusal,
  save,
}: {
  settings: Settings;
  messages: PageMessages;
  dayName: (day: number, width: 'long' | 'short') => string;
  disabled: boolean;
  note: preact.ComponentChildren;
  refusal: preact.ComponentChildren;
  save: (limits: (number | null)[]) => void;
}) {
  /** The day whose box holds a value that cannot be saved, and that value as typed. */
  const refused = useSignal<{ day: number; text: string } | null>(null);
  const c = m.settings.dayLimits;
  const limits = settings.dayLimitsMin;
  const followed = (day: number) => {
    const minutes =
      isWeekend(day) && settings.weekendLimitMin !== null ? settings.weekendLimitMin : settings.dailyLimitMin;
    return format(c.follows, { minutes: minutes > 0 ? String(minutes) : c.none });
  };
  const change = (day: number, text: string) => {
    const value = text.trim() === '' ? null : Number(text);
    if (value !== null && checkSetting('dailyLimitMin', value)) {
      refused.value = { day, text };
      return;
    }
    refused.value = null;
    save(limits.map((each, at) => (at === day ? value : each)));
  };
  return (
    <details class="day-limits" open={limits.some((each) => each !== null) || refused.value !== null}>
      <summary>
        {c.title}
        {note}
      </summary>
      <fieldset disabled={disabled}>
        <legend class="sr-only">{c.title}</legend>
        <p class="hint">{c.intro}</p>
        {WEEK.map((day) => (
          <div class="field day-limit" key={day}>
            <label for={`day-limit-${day}`}>{dayName(day, 'long')}</label>
            <KeptInput
              id={`day-limit-${day}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={360}
              step={5}
              value={refused.value?.day === day ? refused.value.text : (limits[day] ?? '')}
              placeholder={followed(day)}
              aria-invalid={refused.value?.day === day ? 'true' : undefined}
              aria-describedby={refused.value?.day === day ? `error-day-limit-${day}` : undefined}
              onChange={(event) => change(day, event.currentTarget.value)}
            />
            {refused.value?.day === day && (
              <p class="field-error" id={`error-day-limit-${day}`} role="alert">
                {m.errors['limit-range']}
              </p>
            )}
          </div>
        ))}
        {refusal}
      </fieldset>
    </details>
  );
}
