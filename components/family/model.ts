import { computed, effect, signal } from '@preact/signals';
import { loadPageMessages, type PageMessages, pagesEn } from '@/utils/i18n/pages';
import { resolveLanguage } from '@/utils/language';
import type { LockState } from '@/utils/lock/pin';
import { type LockFacts, lockVerdict, pinOpen } from '@/utils/lock/verdict';
import { type LoadedSettings, loadLock, loadSettings, localLock, watchSettings } from '@/utils/storage';
import { unlockedUntil as storedUnlock } from '@/utils/storage/session';

/**
 * The state the popup and the options page share: settings as in force, the parent lock, and whether
 * this page may change things right now. Loaded from storage and kept live while the page is open.
 */
export function createFamilyModel() {
  const loaded = signal<LoadedSettings | null>(null);
  const lock = signal<{ state: LockState; fromPolicy: boolean; locked: boolean } | null>(null);
  const unlockedUntil = signal(0);
  const now = signal(Date.now());

  const language = computed(() =>
    resolveLanguage(loaded.value?.settings.language ?? 'auto', null, navigator.languages),
  );
  const messages = signal<PageMessages>(pagesEn);
  const policyLocked = computed(() => loaded.value?.policy.locked ?? false);
  /** What the worker's lock verdict reads, as this page last read it: the page greys out what it would refuse. */
  const facts = computed((): LockFacts | null =>
    loaded.value && lock.value
      ? {
          pinSet: lock.value.state.pin !== null,
          pinFromPolicy: lock.value.fromPolicy,
          policyLocked: policyLocked.value,
          unlockedUntil: unlockedUntil.value,
        }
      : null,
  );
  /** A PIN is set and was not typed in the last few minutes: changing the lock itself needs it first. */
  const pinLocked = computed(() => facts.value !== null && !pinOpen(facts.value, now.value));
  /** Settings may be changed on this page now. */
  const editable = computed(() => facts.value !== null && lockVerdict(facts.value, now.value, 'settings') === null);

  const refresh = async () => {
    const [settings, lockState, until] = await Promise.all([loadSettings(), loadLock(), storedUnlock.get()]);
    loaded.value = settings;
    lock.value = lockState;
    unlockedUntil.value = until;
    now.value = Date.now();
  };

  const start = () => {
    void refresh();
    const stopLanguage = effect(() => {
      const wanted = language.value;
      loadPageMessages(wanted).then((copy) => {
        if (language.peek() === wanted) messages.value = copy;
      });
    });
    const stops = [
      watchSettings((value) => {
        loaded.value = value;
      }),
      localLock.watch(() => refresh()),
      storedUnlock.watch(() => refresh()),
    ];
    const clock = setInterval(() => {
      now.value = Date.now();
    }, 1_000);
    return () => {
      stopLanguage();
      for (const stop of stops) stop();
      clearInterval(clock);
    };
  };

  return {
    loaded,
    lock,
    unlockedUntil,
    now,
    language,
    messages,
    pinLocked,
    editable,
    policyLocked,
    refresh,
    start,
  };
}

export type FamilyModel = ReturnType<typeof createFamilyModel>;
