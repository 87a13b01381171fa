import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/en';
import { DOOR_PAUSE_MS, freshReminderState, LIMIT_PAUSE_MS, SAFETY_PASS_MS } from '@/utils/reminders/decide';
import {
  extraTimeError,
  nextReminderStep,
  pauseLeftSeconds,
  type ReminderSituation,
  type Showing,
} from '@/utils/reminders/session';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const MIN = 60_000;
const NOW = new Date('2026-06-10T15:00:00').getTime();
const LIMIT_MIN = 60;

/** A fake clock: every situation is read at `now`, which the tests move by hand. */
function situation(overrides: Partial<ReminderSituation> = {}): ReminderSituation {
  return {
    now: NOW,
    day: '2026-06-10',
    settings: { ...DEFAULT_SETTINGS, dailyLimitMin: LIMIT_MIN, breakEveryMin: 0 },
    todayMs: 0,
    stretch: null,
    state: freshReminderState('2026-06-10'),
    viewing: true,
    reportOpen: false,
    showing: null,
    ...overrides,
  };
}
const overLimit = { todayMs: LIMIT_MIN * MIN };

describe('the reminder session', () => {
  it('shows the limit once reached, then only repaints it', () => {
    // Just before it, the note at the page's edge (#25); then the limit itself.
    expect(nextReminderStep(situation({ todayMs: LIMIT_MIN * MIN - 1 }))).toEqual({ do: 'show', kind: 'limit-soon' });
    expect(nextReminderStep(situation(overLimit))).toEqual({ do: 'show', kind: 'limit' });
    expect(nextReminderStep(situation({ ...overLimit, showing: 'limit' }))).toEqual({ do: 'repaint' });
  });

  it('keeps a reminder that is up even though the tab stops counting under it', () => {
    const sleepy = situation({
      settings: { ...DEFAULT_SETTINGS, sleep: { enabled: true, start: '14:00', end: '16:00' } },
      viewing: false,
    });
    expect(nextReminderStep(sleepy)).toEqual({ do: 'nothing' });
    expect(nextReminderStep({ ...sleepy, showing: 'sleep' })).toEqual({ do: 'repaint' });
  });

  it('never covers TikTok report flow: the reminder waits, and one already up steps aside', () => {
    expect(nextReminderStep(situation({ ...overLimit, reportOpen: true }))).toEqual({ do: 'nothing' });
    expect(nextReminderStep(situation({ ...overLimit, reportOpen: true, showing: 'limit' }))).toEqual({
      do: 'hide',
      resume: false,
    });
  });

  it('lets a break count down over an open report, and ends it when its time is up', () => {
    const state = { ...freshReminderState('2026-06-10'), breakUntil: NOW + MIN };
    expect(nextReminderStep(situation({ state, reportOpen: true }))).toEqual({ do: 'show', kind: 'break-running' });
    expect(nextReminderStep(situation({ state, now: NOW + MIN, showing: 'break-running' }))).toEqual({
      do: 'hide',
      resume: false,
    });
  });

  it('resumes the paused videos only when the teen took the extra time', () => {
    const extra = { ...freshReminderState('2026-06-10'), extraTaken: true };
    expect(nextReminderStep(situation({ state: extra, showing: 'limit' }))).toEqual({ do: 'hide', resume: true });
    expect(nextReminderStep(situation({ showing: 'limit' }))).toEqual({ do: 'hide', resume: false });
  });

  it('turns the limit into the safety note while a pass runs, and back when it ends', () => {
    const state = { ...freshReminderState('2026-06-10'), safetyUntil: NOW + SAFETY_PASS_MS, safetyPasses: 1 };
    const during = situation({ ...overLimit, state, showing: 'limit' as Showing });
    expect(nextReminderStep(during)).toEqual({ do: 'show', kind: 'safety-running' });
    expect(nextReminderStep({ ...during, showing: 'safety-running', now: NOW + SAFETY_PASS_MS - 1 })).toEqual({
      do: 'repaint',
    });
    expect(nextReminderStep({ ...during, showing: 'safety-running', now: NOW + SAFETY_PASS_MS })).toEqual({
      do: 'show',
      kind: 'limit',
    });
  });

  it('counts the limit pause down in whole seconds on the clock it is given', () => {
    expect(pauseLeftSeconds('limit', NOW, NOW)).toBe(LIMIT_PAUSE_MS / 1000);
    expect(pauseLeftSeconds('limit', NOW, NOW + 1)).toBe(LIMIT_PAUSE_MS / 1000);
    expect(pauseLeftSeconds('limit', NOW, NOW + LIMIT_PAUSE_MS - 1_001)).toBe(2);
    expect(pauseLeftSeconds('limit', NOW, NOW + LIMIT_PAUSE_MS)).toBe(0);
    expect(pauseLeftSeconds('limit', NOW, NOW + 5 * LIMIT_PAUSE_MS)).toBe(0);
    // The door's pause is shorter; the other reminders have none.
    expect(pauseLeftSeconds('door', NOW, NOW)).toBe(DOOR_PAUSE_MS / 1000);
    expect(pauseLeftSeconds('door', NOW, NOW + DOOR_PAUSE_MS)).toBe(0);
    expect(pauseLeftSeconds('sleep', NOW, NOW)).toBe(0);
  });

  it('tells the teen why extra time was refused, and says nothing it cannot explain', () => {
    const copy = en.reminder.limit;
    expect(extraTimeError('pin-window', copy)).toBe(copy.pinWindow);
    expect(extraTimeError('already-taken', copy)).toBe(copy.extraUsed);
    expect(extraTimeError('failed', copy)).toBe('');
  });
});
