import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messagesFor } from '@/utils/i18n';
import { resolveLanguage } from '@/utils/language';
import { loadSettings } from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { lastDays, watchToday } from '@/utils/viewing-history';
import { TodayTotal } from './TodayTotal';

const todayMs = signal(0);
const language = signal(resolveLanguage('auto', null, navigator.languages));

/** Follows today's figure while the popup is open, and rolls over at midnight. */
function useToday() {
  useEffect(() => {
    let day = dayKeyOf(Date.now());
    let stop = () => {};
    const follow = () => {
      stop();
      stop = watchToday(day, (record) => {
        todayMs.value = record?.totalMs ?? 0;
      });
      lastDays(1).then(([summary]) => {
        todayMs.value = summary?.record?.totalMs ?? 0;
      });
    };
    follow();
    loadSettings().then(({ settings }) => {
      language.value = resolveLanguage(settings.language, null, navigator.languages);
    });
    const rollover = setInterval(() => {
      const now = dayKeyOf(Date.now());
      if (now !== day) {
        day = now;
        follow();
      }
    }, 30_000);
    return () => {
      stop();
      clearInterval(rollover);
    };
  }, []);
}

export function PopupApp() {
  useToday();
  const messages = messagesFor(language.value);
  return (
    <main class="popup" lang={language.value}>
      <header class="brand">
        <h1>Scrollwise</h1>
        <span class="version" data-testid="version">
          v{browser.runtime.getManifest().version}
        </span>
      </header>
      <TodayTotal ms={todayMs.value} language={language.value} label={messages.popup.today} />
      <p class="privacy">{messages.popup.privacy}</p>
    </main>
  );
}
