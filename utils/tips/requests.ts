/** The tips' memory, written for every tab: which views were seen, closed for good, or opened whole. */
import { dismissedTips, tipShowings, viewLastSeen } from '../storage/write';
import { type DayKey, dayKeyOf, isDayKey, shiftDay } from '../tracking/calendar';
import { latestPlausibleDay } from '../tracking/retention';
import { isViewId, type ViewId } from '../views/registry';
import { request } from '../worker/define';
import { afterWholeTip } from './cadence';

const withView = (message: Record<string, unknown>) => (isViewId(message.view) ? { view: message.view } : null);

/** A day key within a day of the worker's own date (a day start of up to 6 am moves it back by one). */
const isPlausibleDay = (day: unknown, now: number): day is DayKey => {
  const today = dayKeyOf(now);
  return typeof day === 'string' && isDayKey(day) && day >= shiftDay(today, -1) && day <= latestPlausibleDay(today);
};

export const tipRequests = {
  /** A view was recognized: the options page's field check tells when TikTok's markup moved. */
  'scrollwise/view-seen': request({
    from: 'tab',
    parse: withView,
    queued: true,
    run: async (context, { view }) => {
      await viewLastSeen.update((seen) => ({ ...seen, [view]: context.now() }));
      return { ok: true } as const;
    },
  }),

  'scrollwise/dismiss-tip': request({
    from: 'tab',
    parse: withView,
    queued: true,
    run: async (_context, { view }) => {
      await dismissedTips.update((views) => (views.includes(view) ? views : [...views, view]));
      return { ok: true } as const;
    },
  }),

  /** A whole tip opened, on the tab's day: the tab follows the family's day start, which it already read. */
  'scrollwise/tip-whole': request({
    from: 'tab',
    parse: (message): { view: ViewId; day: unknown } | null =>
      isViewId(message.view) ? { view: message.view, day: message.day } : null,
    queued: true,
    run: async (context, { view, day }) => {
      if (!isPlausibleDay(day, context.now())) return { ok: false, error: 'refused' } as const;
      await tipShowings.update((all) => ({ ...all, [view]: afterWholeTip(all[view], day) }));
      return { ok: true } as const;
    },
  }),
};
