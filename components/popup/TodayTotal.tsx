import { formatDuration } from '@/utils/duration';
import type { Language } from '@/utils/language';

/**
 * Today's viewing time. `data-seconds` carries the exact figure for tests and assistive tools;
 * the text is rounded to minutes for people.
 */
export function TodayTotal({ ms, language, label }: { ms: number; language: Language; label: string }) {
  return (
    <p class="today">
      <span class="today-label">{label}</span>
      <strong class="today-total" data-testid="today-total" data-seconds={Math.floor(ms / 1000)}>
        {formatDuration(ms, language)}
      </strong>
    </p>
  );
}
