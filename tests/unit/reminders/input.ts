import { freshReminderState, type ReminderInput } from '@/utils/reminders/decide';
import { DEFAULT_SETTINGS } from '@/utils/settings';

export const MIN = 60_000;
export const at = (time: string) => new Date(`2026-06-10T${time}:00`).getTime();

export function input(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    now: at('15:00'),
    settings: DEFAULT_SETTINGS,
    todayMs: 0,
    stretch: null,
    state: freshReminderState('2026-06-10'),
    viewing: true,
    day: '2026-06-10',
    ...overrides,
  };
}
