import { useSignal } from '@preact/signals';
import { format } from '@/utils/i18n/format';
import type { PageMessages } from '@/utils/i18n/pages';
import { QUIET_NAME_MAX, QUIET_TIMES_MAX, type QuietTime, quietTimesProblem } from '@/utils/settings/quiet-times';
import { TimeRange } from './TimeRange';
import { SCHOOL_DAYS, WEEK } from './week-days';

/**
 * The family's no-TikTok times, edited as a list. A list that cannot be saved (two times overlapping, an
 * end before the start) stays as typed, with the reason beside the time it concerns; it saves once fixed.
 */
export function QuietTimesField({
  saved,
  dayName,
  messages: m,
  disabled,
  note,
  refusal,
  save,
}: {
  saved: QuietTime[];
  dayName: (day: number, width: 'long' | 'short') => string;
  messages: PageMessages;
  disabled: boolean;
  note: preact.ComponentChildren;
  /** Why the worker refused the last list (the lock, a policy), shown under the list. */
  refusal: preact.ComponentChildren;
  save: (times: QuietTime[]) => void;
}) {
  /** What the parent is typing, while it cannot be saved yet; null shows what is saved. */
  const draft = useSignal<QuietTime[] | null>(null);
  const times = draft.value ?? saved;
  const problem = draft.value ? quietTimesProblem(draft.value) : null;
  const c = m.settings.quiet;

  const change = (next: QuietTime[]) => {
    if (quietTimesProblem(next)) {
      draft.value = next;
      return;
    }
    draft.value = null;
    save(next);
  };
  const edit = (index: number, part: Partial<QuietTime>) =>
    change(times.map((time, at) => (at === index ? { ...time, ...part } : time)));
  const add = () => {
    const preset = c.presets.find((each) => !times.some((time) => time.name === each.name)) ?? c.presets[0];
    change([
      ...times,
      { name: preset.name, days: preset.schoolDays ? SCHOOL_DAYS : WEEK, start: preset.start, end: preset.end },
    ]);
  };
  const errorText = (index: number) =>
    problem && problem.index === index ? (
      <p class="field-error" id={`error-quiet-${index}`} role="alert">
        {m.errors[problem.error]}
      </p>
    ) : null;

  return (
    <fieldset class="quiet-times" disabled={disabled} data-testid="quiet-times">
      <legend>
        {c.title}
        {note}
      </legend>
      <p class="hint">{c.intro}</p>
      {times.map((time, index) => {
        const invalid = problem?.index === index;
        const described = invalid ? `error-quiet-${index}` : undefined;
        return (
          <fieldset class="quiet-time" key={index} data-index={index}>
            <legend>{time.name.trim() || c.unnamed}</legend>
            <label>
              {c.name}{' '}
              <input
                type="text"
                name={`quiet-name-${index}`}
                value={time.name}
                maxLength={QUIET_NAME_MAX}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={described}
                onInput={(event) => edit(index, { name: event.currentTarget.value })}
              />
            </label>
            <TimeRange
              name={`quiet-${index}`}
              range={time}
              labels={{ from: m.settings.sleepFrom, to: m.settings.sleepTo }}
              describedBy={described}
              onChange={(range) => edit(index, range)}
            />
            <fieldset class="days">
              <legend>{c.days}</legend>
              {WEEK.map((day) => (
                <label class="check day" key={day}>
                  <input
                    type="checkbox"
                    name={`quiet-day-${index}-${day}`}
                    checked={time.days.includes(day)}
                    onChange={(event) =>
                      edit(index, {
                        days: event.currentTarget.checked
                          ? WEEK.filter((each) => each === day || time.days.includes(each))
                          : time.days.filter((each) => each !== day),
                      })
                    }
                  />
                  {dayName(day, 'short')}
                </label>
              ))}
            </fieldset>
            {errorText(index)}
            <button type="button" class="secondary" onClick={() => change(times.filter((_, at) => at !== index))}>
              {format(c.remove, { name: time.name.trim() || c.unnamed })}
            </button>
          </fieldset>
        );
      })}
      {errorText(-1)}
      {times.length < QUIET_TIMES_MAX && (
        <button type="button" class="secondary" name="quiet-add" onClick={add}>
          {c.add}
        </button>
      )}
      {refusal}
    </fieldset>
  );
}
