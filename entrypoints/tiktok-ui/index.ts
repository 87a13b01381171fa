import { defineUnlistedScript } from '#imports';
import { deliverPageUi } from '@/utils/content/page-ui';
import { createPageCopy } from '@/utils/page-copy';
import { fallback, SHOW_ME } from '@/utils/views/fallback';
import { fieldReport } from '@/utils/views/field-check';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import type { PageUi } from '../tiktok/ui-contract';
import { startReminders } from './reminders';
import { createThanksNote } from './thanks-note';
import { createTipPresenter } from './tip-presenter';

/**
 * The tips' and reminders' UI (Preact, both languages' copy, the layers), run by the worker in a TikTok
 * frame's content-script world the first time the sentinel needs it (utils/content/page-ui.ts).
 */
export default defineUnlistedScript(() => {
  const ui: PageUi = {
    async start(services) {
      const { ctx, settings } = services;
      const page = createPageCopy();
      // Named before the first tip or reminder shows, so none shows one line and then another.
      await page.loadHelpline(settings.get().helplineCountry);
      // The country setting changed: the new helpline follows as soon as the worker names it, and
      // whatever is shown repaints with it.
      ctx.onInvalidated(
        settings.watch((next) => {
          void page.loadHelpline(next.helplineCountry).then((named) => named && settings.set({ ...settings.get() }));
        }),
      );
      return {
        // "Show me" the word layer finds first, then the sentinel's hooks.
        tips: (deps) =>
          createTipPresenter(services, page.copyFor, {
            ...deps,
            showMeTarget: (view) => SHOW_ME[view.id]?.(view.anchor) ?? deps.showMeTarget(view),
          }),
        reminders: () => startReminders(services, page.copyFor),
        fieldReport: () => fieldReport(location, document, isOnScreen, fallback),
        fallback,
        thank: createThanksNote(services, page.copyFor),
      };
    },
  };
  deliverPageUi(ui);
});
