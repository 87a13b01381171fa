import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createFamilyModel } from '@/components/family/model';
import { familyHelpline, helplineContact, thisComputer } from '@/utils/helplines';
import { messagesFor } from '@/utils/i18n';
import { sendChoice } from '@/utils/reminders/choose';
import { REMINDER_KINDS, type ReminderChoice, type ReminderKind, type ReminderState } from '@/utils/reminders/decide';
import { heldReminder } from '@/utils/reminders/enforce';
import { familyTotalOn, watchFamilyDay } from '@/utils/sharing/family-time';
import { loadReminderState, watchReminders } from '@/utils/storage';
import { isTikTokUrl } from '@/utils/tiktok-url';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { sendToWorker } from '@/utils/worker/client';
import { ReminderScreen } from './ReminderOverlay';

/** Where the tab goes back to once the limit lifts: the TikTok page it was on, else TikTok's home. */
function backTo(): string {
  const back = new URLSearchParams(location.search).get('back') ?? '';
  return isTikTokUrl(back) ? back : 'https://www.tiktok.com/';
}

/** The reminder the worker sent the tab here for: the daily limit unless it names another. */
function askedFor(): ReminderKind {
  const kind = new URLSearchParams(location.search).get('kind');
  return REMINDER_KINDS.find((each) => each === kind) ?? 'limit';
}

/**
 * The reminders as the browser holds them: the page the worker sends a TikTok tab to when the page kept
 * the in-page reminder from being seen. The same calm screen, its pause, its choices and the helpline.
 * The daily limit stays until a choice lifts it (five more minutes, a safety pass, a new day); a break or
 * sleep reminder until the teen answers it (a chosen break counts down here). Then the tab goes back to
 * TikTok.
 */
export function LimitPage() {
  const asked = useMemo(askedFor, []);
  const answered = useSignal(false);
  const model = useMemo(createFamilyModel, []);
  useEffect(() => model.start(), [model]);
  const since = useMemo(() => Date.now(), []);
  const today = useSignal<{ state: ReminderState; todayMs: number } | null>(null);
  const screen = useSignal({ error: '', busy: false });
  const loaded = model.loaded.value;
  const day = dayKeyOf(model.now.value, loaded?.settings.dayStartHour ?? 0);

  const sharing = loaded?.settings.familySharing ?? false;
  useEffect(() => {
    const read = async () => {
      const [state, todayMs] = await Promise.all([
        loadReminderState(day, Date.now()),
        familyTotalOn(day, sharing, Date.now()),
      ]);
      today.value = { state, todayMs };
    };
    void read();
    const stops = [watchReminders(() => void read()), watchFamilyDay(day, () => void read())];
    return () => {
      for (const stop of stops) stop();
    };
  }, [day, sharing, today]);

  const now = model.now.value;
  const showing =
    loaded && today.value
      ? heldReminder(asked, answered.value, { now, day, settings: loaded.settings, ...today.value })
      : asked;
  useEffect(() => {
    if (!showing) location.replace(backTo());
  }, [showing]);
  if (!loaded || !today.value || model.lock.value === null || !showing) return null;

  const language = model.language.value;
  const { languages, timeZone } = thisComputer();
  const copy = {
    language,
    messages: messagesFor(language),
    theme: matchMedia('(prefers-color-scheme: dark)').matches ? ('dark' as const) : ('light' as const),
    helpline: helplineContact(familyHelpline(loaded.settings.helplineCountry, languages, timeZone), language),
  };
  const choose = async (choice: ReminderChoice | 'safety') => {
    screen.value = { error: '', busy: choice === 'extra' };
    if (showing === 'break-running' || showing === 'safety-running' || showing === 'limit-soon') return;
    const after = await sendChoice(showing, choice, copy.messages.reminder.limit, sendToWorker);
    screen.value = { busy: false, error: after.next === 'stay' ? after.error : '' };
    // A break taken or "keep watching": the reminder is answered (a break then counts down here first).
    answered.value ||= after.next !== 'stay' && (choice === 'break' || choice === 'continue');
  };
  return (
    <main lang={language}>
      <ReminderScreen
        showing={showing}
        since={since}
        now={now}
        state={today.value.state}
        settings={loaded.settings}
        copy={copy}
        todayMs={today.value.todayMs}
        needsPin={model.lock.value.state.pin !== null}
        {...screen.value}
        onChoice={(choice) => void choose(choice)}
      />
    </main>
  );
}
