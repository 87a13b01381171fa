import { effect, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { loadOptionsMessages, type OptionsMessages } from '@/utils/i18n/pages';
import type { FamilyModel } from '../family/model';

const loaded = signal<OptionsMessages | null>(null);

/**
 * The options page's own copy, in the page's language: loaded by this page alone (the popup never needs
 * the guide, the welcome or the policy examples), again whenever the language changes.
 */
export function useOptionsCopy(model: FamilyModel): OptionsMessages | null {
  useEffect(
    () =>
      effect(() => {
        const wanted = model.language.value;
        void loadOptionsMessages(wanted).then((copy) => {
          if (model.language.peek() === wanted) loaded.value = copy;
        });
      }),
    [model],
  );
  return loaded.value;
}
