import { formatDuration } from '@/utils/duration';
import type { Language } from '@/utils/language';
import type { DayKey } from '@/utils/tracking/calendar';

/** A day's time on TikTok; null when nothing readable is kept for it (shown as "—", never as zero). */
export interface ChartDay {
  day: DayKey;
  ms: number | null;
}

const WIDTH = 300;
const HEIGHT = 110;
const BAR_GAP = 10;

/**
 * The last 7 days as bars, today highlighted. The SVG is one labelled image; a table carries the same
 * figures for screen readers (and anyone who prefers numbers).
 */
export function WeekChart({
  days,
  language,
  title,
  tableCaption,
  dayLabel,
  timeLabel,
  todayLabel,
}: {
  days: ChartDay[];
  language: Language;
  title: string;
  tableCaption: string;
  dayLabel: string;
  timeLabel: string;
  todayLabel: string;
}) {
  const totals = days.map((day) => day.ms ?? 0);
  const max = Math.max(...totals, 30 * 60_000);
  const barWidth = (WIDTH - BAR_GAP * (days.length - 1)) / days.length;
  const weekday = (key: string) => new Date(`${key}T12:00:00`).toLocaleDateString(language, { weekday: 'short' });
  return (
    <figure class="week" data-testid="week-chart">
      <figcaption id="week-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} role="img" aria-labelledby="week-title" width="100%">
        <title>{title}</title>
        {days.map((day, index) => {
          const height = Math.max(2, ((totals[index] ?? 0) / max) * HEIGHT);
          const x = index * (barWidth + BAR_GAP);
          const isToday = index === days.length - 1;
          return (
            <g key={day.day} data-day={day.day} data-ms={totals[index]}>
              <rect
                x={x}
                y={HEIGHT - height}
                width={barWidth}
                height={height}
                rx={4}
                class={isToday ? 'bar today-bar' : 'bar'}
              />
              <text
                x={x + barWidth / 2}
                y={HEIGHT + 14}
                text-anchor="middle"
                class={isToday ? 'axis today-axis' : 'axis'}
              >
                {weekday(day.day)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption>{tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{dayLabel}</th>
            <th scope="col">{timeLabel}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day, index) => (
            <tr key={day.day}>
              <th scope="row">
                {new Date(`${day.day}T12:00:00`).toLocaleDateString(language, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                })}
                {index === days.length - 1 ? ` (${todayLabel})` : ''}
              </th>
              <td>{day.ms === null ? '—' : formatDuration(day.ms, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
