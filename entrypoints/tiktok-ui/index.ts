import { defineUnlistedScript } from '#imports';
import { createCell } from '@/utils/content/cell';
import { deliverPageUi } from '@/utils/content/page-ui';
import { createPageCopy } from '@/utils/page-copy';
import { fallback } from '@/utils/views/fallback';
import { fieldReport } from '@/utils/views/field-check';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import type { PageUi } from '../tiktok/ui-contract';
import type { UiParts } from './parts';
import { startReminders } from './reminders';
import { startTips } from './tips';

/**
 * The tips' and reminders' UI (Preact, both languages' copy, the layers, the views' detectors and the tip
 * session), run by the worker in a TikTok frame's content-script world the first time the sentinel needs
 * it (utils/content/page-ui.ts).
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
      const parts: UiParts = { ...services, reportOpen: createCell(false) };
      // Tips are the top frame's: TikTok shown in a frame (an embed) gets the reminders only.
      const tips = window === window.top ? startTips(parts, page.copyFor) : null;
      return {
        reminders: () => startReminders(parts, page.copyFor),
        fieldReport: () => fieldReport(location, document, isOnScreen, fallback),
        thank: () => tips?.thank(),
      };
    },
  };
  deliverPageUi(ui);
});
