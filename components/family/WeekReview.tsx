import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatDuration } from '@/utils/duration';
import { format } from '@/utils/i18n/format';
import { sharingCopy } from '@/utils/i18n/sharing';
import { weekCopy } from '@/utils/i18n/week';
import { LOOK_BACK_CHOICES, lookBack, type WeekFigures } from '@/utils/look-back';
import { loadReminderLog, watchDay, watchReminderLog } from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { lastDays } from '@/utils/viewing-history';
import type { FamilyModel } from './model';

/**
 * The weekly look back, the same for the teen (popup) and the parents (options page): the last 7 days
 * beside the 7 before, as plain figures. No score, no colour, no arrow: what happened, for a talk.
 */
export function WeekReview({ model }: { model: FamilyModel }) {
  const figures = useSignal<ReturnType<typeof lookBack> | null>(null);
  const settings = model.loaded.value?.settings;
  const dayStartHour = settings?.dayStartHour;
  const sleep = settings?.sleep;
  useEffect(() => {
    if (dayStartHour === undefined || !sleep) return;
    const read = async () => {
      const now = Date.now();
      const [days, log] = await Promise.all([lastDays(14, now, dayStartHour), loadReminderLog(now)]);
      const records = Object.fromEntries(days.map(({ day, record }) => [day, record]));
      figures.value = lookBack(records, log, { sleep, dayStartHour }, dayKeyOf(now, dayStartHour));
    };
    void read();
    // What the figures read: today's record (past days no longer change) and the reminders' log. Not the
    // worker's ledger, which moves at every heartbeat and changes none of them.
    const stops = [
      watchDay(dayKeyOf(Date.now(), dayStartHour), () => void read()),
      watchReminderLog(() => void read()),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [dayStartHour, sleep, figures]);
  if (!settings || !figures.value) return null;
  const language = model.language.value;
  const m = weekCopy[language];
  const { thisWeek, lastWeek } = figures.value;
  // None at all reads as none, not as "under a minute".
  const duration = (ms: number) => (ms === 0 ? '0 min' : formatDuration(ms, language));
  const rows: [string, (week: WeekFigures) => string][] = [
    [m.rows.total, (week) => duration(week.totalMs)],
    [format(m.rows.night, { from: settings.sleep.start, to: settings.sleep.end }), (week) => duration(week.nightMs)],
    [m.rows.opens, (week) => String(week.opens)],
    [m.rows.longest, (week) => duration(week.longestMs)],
    [m.rows.reminders, (week) => String(week.reminders)],
    ...LOOK_BACK_CHOICES.map((choice): [string, (week: WeekFigures) => string] => [
      m.rows[choice],
      (week) => String(week.choices[choice]),
    ]),
  ];
  return (
    <section class="week-review" aria-labelledby="week-review-title" data-testid="week-review">
      <h2 id="week-review-title">{model.messages.value.week.title}</h2>
      <p class="hint">{m.intro}</p>
      <table>
        <thead>
          <tr>
            <td />
            <th scope="col">{m.thisWeek}</th>
            <th scope="col">{m.lastWeek}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value], index) => (
            <tr key={label} data-row={index}>
              <th scope="row">{label}</th>
              <td>{value(thisWeek)}</td>
              <td>{value(lastWeek)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{m.opensNote}</p>
      {settings.familySharing && (
        <p class="hint" data-testid="week-review-here">
          {sharingCopy[language].reviewHere}
        </p>
      )}
    </section>
  );
}
