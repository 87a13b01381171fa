import { formatDuration } from '@/utils/duration';
import type { Language } from '@/utils/language';

/**
 * Today's viewing time. `data-seconds` carries the exact figure for tests and assistive tools;
 * the text is rounded to minutes for people. Until today's record is read (`ms` null), no figure at all:
 * a "0" shown for a moment would be a figure Scrollwise never read.
 */
export function TodayTotal({ ms, language, label }: { ms: number | null; language: Language; label: string }) {
  return (
    <p class="today" aria-busy={ms === null}>
      <span class="today-label">{label}</span>
      <strong
        class="today-total"
        data-testid="today-total"
        data-seconds={ms === null ? undefined : Math.floor(ms / 1000)}
      >
        {ms === null ? '…' : formatDuration(ms, language)}
      </strong>
    </p>
  );
}
