import { useSignal } from '@preact/signals';
import { format } from '@/utils/i18n/format';
import type { PageMessages } from '@/utils/i18n/pages';
import { upcomingDaysOff } from '@/utils/settings/week';
import { isDayKey } from '@/utils/tracking/calendar';
import { dateName } from './week-days';

/**
 * Days off a parent grants: today in one tap, or days ahead (school holidays). Saturday's rules hold on
 * them. Past days are dropped whenever the list is saved, so it never fills up with old holidays.
 */
export function DaysOffField({
  daysOff,
  today,
  language,
  messages: m,
  disabled,
  note,
  refusal,
  save,
}: {
  daysOff: string[];
  /** The family day now, its day start applied. */
  today: string;
  language: string;
  messages: PageMessages;
  disabled: boolean;
  note: preact.ComponentChildren;
  refusal: preact.ComponentChildren;
  save: (daysOff: string[]) => void;
}) {
  const c = m.settings.daysOff;
  const picked = useSignal('');
  const error = useSignal('');
  const upcoming = upcomingDaysOff(daysOff, today);
  const offToday = upcoming.includes(today);
  const saveList = (days: string[]) => {
    error.value = '';
    save(upcomingDaysOff(days, today));
  };
  const add = () => {
    const day = picked.value;
    if (!isDayKey(day) || day < today) {
      error.value = c.past;
      return;
    }
    picked.value = '';
    if (!upcoming.includes(day)) saveList([...upcoming, day]);
  };
  return (
    <fieldset class="days-off" disabled={disabled} data-testid="days-off">
      <legend>
        {c.title}
        {note}
      </legend>
      <p class="hint">{c.intro}</p>
      <button
        type="button"
        class="secondary"
        name="day-off-today"
        aria-pressed={offToday ? 'true' : 'false'}
        onClick={() => saveList(offToday ? upcoming.filter((day) => day !== today) : [...upcoming, today])}
      >
        {offToday ? c.notToday : c.today}
      </button>
      <div class="field">
        <label for="day-off-date">{c.date}</label>
        <input
          id="day-off-date"
          type="date"
          min={today}
          value={picked.value}
          aria-invalid={error.value ? 'true' : undefined}
          aria-describedby={error.value ? 'error-day-off' : undefined}
          onInput={(event) => {
            picked.value = event.currentTarget.value;
          }}
        />
        <button type="button" class="secondary" name="day-off-add" onClick={add}>
          {c.add}
        </button>
        {error.value && (
          <p class="field-error" id="error-day-off" role="alert">
            {error.value}
          </p>
        )}
      </div>
      {upcoming.length === 0 ? (
        <p class="hint">{c.none}</p>
      ) : (
        <ul class="days-off-list">
          {upcoming.map((day) => (
            <li key={day} data-day={day}>
              {dateName(language, day)}{' '}
              <button type="button" class="secondary" onClick={() => saveList(upcoming.filter((each) => each !== day))}>
                {format(c.remove, { day: dateName(language, day) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {refusal}
    </fieldset>
  );
}
