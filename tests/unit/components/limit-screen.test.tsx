import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReminderScreen } from '@/components/reminders/ReminderOverlay';
import { HELPLINES, helplineContact } from '@/utils/helplines';
import { messagesFor } from '@/utils/i18n';
import { freshReminderState, LIMIT_PAUSE_MS, SAFETY_PASS_MS } from '@/utils/reminders/decide';
import { nextReminderStep } from '@/utils/reminders/session';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { isFeedPath } from '@/utils/views/shared/feed-page';
import { input, MIN } from '../reminders/input';

const NOW = input().now;

function limitScreen(sinceAgoMs: number, state = freshReminderState('2026-06-10')) {
  const root = document.createElement('div');
  render(
    <ReminderScreen
      showing="limit"
      copy={{
        language: 'en',
        messages: messagesFor('en'),
        theme: 'dark',
        helpline: helplineContact(HELPLINES.GB, 'en'),
      }}
      state={state}
      now={NOW}
      since={NOW - sinceAgoMs}
      todayMs={70 * MIN}
      needsPin={false}
      error=""
      busy={false}
      onChoice={() => undefined}
    />,
    root,
  );
  const button = (choice: string) => root.querySelector<HTMLButtonElement>(`[data-choice="${choice}"]`);
  return { root, button };
}

describe('#27 the limit screen holds and lets go the right way', () => {
  it('has "Close TikTok" live from the first second; "5 more minutes" and the safety pass wait out the pause', () => {
    const first = limitScreen(0);
    expect(first.button('close')?.disabled).toBe(false);
    expect(first.button('extra')?.disabled).toBe(true);
    expect(first.button('safety')?.disabled).toBe(true);
    const after = limitScreen(LIMIT_PAUSE_MS);
    expect(after.button('extra')?.disabled).toBe(false);
    expect(after.button('safety')?.disabled).toBe(false);
  });

  it('says where a running safety pass works when the teen is on a feed', () => {
    const running = { ...freshReminderState('2026-06-10'), safetyUntil: NOW + SAFETY_PASS_MS, safetyPasses: 1 };
    expect(limitScreen(LIMIT_PAUSE_MS, running).root.querySelector('[data-testid="safety-elsewhere"]')).not.toBeNull();
  });
});

describe('#27 a safety pass lifts the limit only where reporting and blocking happen', () => {
  const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 60 };
  const state = { ...freshReminderState('2026-06-10'), safetyUntil: NOW + SAFETY_PASS_MS, safetyPasses: 1 };
  const situation = (onFeed: boolean) =>
    nextReminderStep({ ...input({ settings, todayMs: 70 * MIN, state, onFeed }), reportOpen: false, showing: null });

  it('keeps the limit on a feed, and shows the pass’s small note on a video’s page, a profile, messages or settings', () => {
    expect(situation(true)).toEqual({ do: 'show', kind: 'limit' });
    expect(situation(false)).toEqual({ do: 'show', kind: 'safety-running' });
  });

  it('knows TikTok’s feeds from its other pages', () => {
    for (const path of ['/', '/foryou', '/following', '/friends', '/explore', '/fr/foryou', '/foryou/'])
      expect(isFeedPath(path), path).toBe(true);
    for (const path of ['/@creator', '/@creator/video/1', '/messages', '/setting', '/search', '/foryou-not'])
      expect(isFeedPath(path), path).toBe(false);
  });
});
