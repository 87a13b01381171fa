import { useSignal } from '@preact/signals';
import { LockBadge } from '@/components/family/LockBadge';
import type { FamilyModel } from '@/components/family/model';
import { ParentLockPanel } from '@/components/family/ParentLockPanel';
import { SettingsForm } from '@/components/family/SettingsForm';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { WelcomeCountry } from './WelcomeCountry';

/**
 * The page opened on install: a family set up in one pass, in the order the guide gives. What Scrollwise
 * does in three lines; the country; the limits, chosen with the teen; the parent lock last; then "done".
 * Each setting has this one place here, and saves the way it does everywhere: as soon as it changes.
 */
export function WelcomeFlow({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const done = useSignal(false);
  const m = copy.options;
  return (
    <main class="options welcome-flow" lang={model.language.value}>
      <h1>{m.welcomeTitle}</h1>
      <ul class="welcome" data-testid="welcome">
        {m.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {model.loaded.value && (
        <ol class="steps">
          <li>
            <WelcomeCountry model={model} copy={copy} />
          </li>
          <li>
            <SettingsForm model={model} welcome={{ title: m.limitsTitle, intro: m.limitsIntro }} />
          </li>
          <li>
            <section aria-labelledby="lock-step-title">
              <h2 id="lock-step-title">{m.lockStepTitle}</h2>
              <p>{m.lockStepIntro}</p>
              <ParentLockPanel model={model} embedded />
              <LockBadge model={model} />
            </section>
          </li>
        </ol>
      )}
      {done.value ? (
        <section class="done" aria-labelledby="done-title" data-testid="welcome-done" tabIndex={-1} ref={focusOnce}>
          <h2 id="done-title">{m.doneTitle}</h2>
          <p>{m.doneBody}</p>
          <a class="button" href="options.html">
            {m.allSettings}
          </a>
        </section>
      ) : (
        <button type="button" class="primary" data-testid="welcome-finish" onClick={() => (done.value = true)}>
          {m.done}
        </button>
      )}
    </main>
  );
}

/** The "done" state takes focus as it appears, so a keyboard or screen-reader user hears it. */
const focusOnce = (element: HTMLElement | null) => element?.focus();
