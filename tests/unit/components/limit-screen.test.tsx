import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReminderScreen } from '@/components/reminders/ReminderOverlay';
import { HELPLINES, helplineContact } from '@/utils/helplines';
import { messagesFor } from '@/utils/i18n';
import type { Language } from '@/utils/language';
import { freshReminderState, LIMIT_PAUSE_MS, SAFETY_PASS_MS } from '@/utils/reminders/decide';
import { covers, nextReminderStep, type Showing, waitingReminder } from '@/utils/reminders/session';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { isFeedPath } from '@/utils/views/shared/feed-page';
import { input, MIN } from '../reminders/input';

const NOW = input().now;

/** The reminders' layer as drawn for `showing`, in English unless said, at 70 minutes of a 60-minute limit. */
function drawn(
  showing: Showing,
  overrides: Partial<Parameters<typeof ReminderScreen>[0]> = {},
  language: Language = 'en',
) {
  const root = document.createElement('div');
  render(
    <ReminderScreen
      showing={showing}
      copy={{
        language,
        messages: messagesFor(language),
        theme: 'dark',
        helpline: helplineContact(HELPLINES.GB, language),
      }}
      state={freshReminderState('2026-06-10')}
      settings={DEFAULT_SETTINGS}
      now={NOW}
      since={NOW}
      todayMs={70 * MIN}
      limitAtMs={60 * MIN}
      needsPin={false}
      error=""
      busy={false}
      onChoice={() => undefined}
      {...overrides}
    />,
    root,
  );
  return root;
}

function limitScreen(sinceAgoMs: number, state = freshReminderState('2026-06-10')) {
  const root = drawn('limit', { since: NOW - sinceAgoMs, state });
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

describe('#25 a note before the daily limit: once, at the page’s edge, saying how long is left', () => {
  const settings = { ...DEFAULT_SETTINGS, dailyLimitMin: 60 };
  const step = (todayMs: number, state = freshReminderState('2026-06-10'), viewing = true) =>
    nextReminderStep({ ...input({ settings, todayMs, state, viewing }), reportOpen: false, showing: null });

  it('comes within five minutes of the limit, while the teen watches, and never twice a day', () => {
    expect(step(54 * MIN)).toEqual({ do: 'nothing' });
    expect(step(55 * MIN)).toEqual({ do: 'show', kind: 'limit-soon' });
    expect(step(59 * MIN, freshReminderState('2026-06-10'), false)).toEqual({ do: 'nothing' });
    expect(step(57 * MIN, { ...freshReminderState('2026-06-10'), limitWarnedAt: NOW - MIN })).toEqual({
      do: 'nothing',
    });
    expect(step(60 * MIN)).toEqual({ do: 'show', kind: 'limit' });
    expect(covers('limit-soon')).toBe(false);
    expect(waitingReminder('limit-soon')).toBeNull();
  });

  it('says the minutes left, rounded up, in each language', () => {
    const note = (language: Language, todayMs: number) =>
      drawn('limit-soon', { todayMs }, language).querySelector('[data-kind="limit-soon"]')?.textContent;
    expect(note('en', 55 * MIN)).toBe('5 minutes of TikTok left today.');
    expect(note('en', 59.5 * MIN)).toBe('1 minute of TikTok left today.');
    expect(note('fr', 56.2 * MIN)).toBe('Encore 4\u00a0minutes de TikTok aujourd’hui.');
  });
});
