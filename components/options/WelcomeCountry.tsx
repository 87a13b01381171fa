import { useSignal } from '@preact/signals';
import { HelplineLine } from '@/components/family/HelplineLine';
import type { FamilyModel } from '@/components/family/model';
import { COUNTRY_CODES, countryName, resolveCountry, thisComputer } from '@/utils/helplines';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { sendToWorker } from '@/utils/worker/client';

/**
 * The welcome page's first step: the family's country, which picks the helpline every tip and reminder
 * offers. Pre-selected as "automatic" resolves it (the time zone, else the browser's language region), so
 * the country shown is the one whose line the preview offers; saved as soon as it changes, as every other
 * setting is.
 */
export function WelcomeCountry({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const m = copy.options;
  const language = model.language.value;
  const current = model.loaded.value?.settings.helplineCountry ?? 'auto';
  const computer = thisComputer();
  const guess = resolveCountry('auto', computer.languages, computer.timeZone);
  const choice = useSignal<string>(current !== 'auto' ? current : (guess ?? 'auto'));
  const saved = useSignal(false);

  const save = async (value: string) => {
    choice.value = value;
    const country = COUNTRY_CODES.find((code) => code === value) ?? 'auto';
    saved.value = (
      await sendToWorker({ type: 'scrollwise/save-setting', field: 'helplineCountry', value: country })
    ).ok;
  };

  return (
    <section class="welcome-country" aria-labelledby="country-title" data-testid="welcome-country">
      <h2 id="country-title">{m.countryTitle}</h2>
      <p>{m.countryIntro}</p>
      <div class="field">
        <label for="welcome-country-select">{m.countryLabel}</label>
        <select
          id="welcome-country-select"
          value={choice.value}
          disabled={!model.editable.value}
          onChange={(event) => void save(event.currentTarget.value)}
        >
          <option value="auto">{m.countryUnknown}</option>
          {COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, language)}
            </option>
          ))}
        </select>
      </div>
      <HelplineLine
        country={COUNTRY_CODES.find((code) => code === choice.value) ?? 'auto'}
        language={language}
        lead={m.countryPreview}
        copy={model.messages.value.popup}
        testId="country-preview"
      />
      <p role="status">{saved.value ? m.countrySaved : ''}</p>
    </section>
  );
}
