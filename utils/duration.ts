import type { Language } from './language';

/** A viewing time for people: "1 h 05 min", "12 min", "under a minute". Never seconds: no stopwatch feeling. */
export function formatDuration(ms: number, language: Language): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return language === 'fr' ? 'moins d’une minute' : 'under a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}
