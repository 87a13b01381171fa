import { listenToScrolls } from '@/utils/content/scrolls';
import type { CopyFor } from '@/utils/page-copy';
import { dismissedTips, tipShowings } from '@/utils/storage';
import { follow } from '@/utils/storage/follow';
import { createTipSession } from '@/utils/tips/session';
import { fallback, showMeTarget } from '@/utils/views/fallback';
import { mayNeedFallback, onWaitCrossed } from '@/utils/views/first-pass';
import { type DetectedView, detectViews, isRipe, type ViewId, viewById } from '@/utils/views/registry';
import { isMessagesPage } from '@/utils/views/shared/messages-page';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker/client';
import type { UiParts } from './parts';
import { createThanksNote } from './thanks-note';
import { createTipPresenter, type TipPresenter } from './tip-presenter';

/**
 * The tips: one evaluation at most once a frame's length, driven by the shared DOM observer, detects the views on
 * screen and applies what the tip session decides. Started with the UI file in the top frame, whichever
 * need loaded it (the sentinel's first pass saw what may be a view, a reminder came due, the teen used
 * "Not interested"): from then on a tip mounts in the frame its view appears in, and a reminder knows
 * when a report is on screen.
 */
export function startTips(services: UiParts, copyFor: CopyFor): { thank(): void } {
  const { ctx, observer, settings, stretchMs, reportOpen } = services;
  const session = createTipSession();
  // Drawn the first time a tip shows: most pages never host one.
  let presenter: TipPresenter | null = null;
  let open: DetectedView[] = [];
  const anchors = () => open.map((view) => view.anchor);
  let lastUrl = '';
  /** The settings and messages pages are light and their views open late (a section, a request). */
  let lightPage = false;
  /** On /setting, scrolling changes which section is in view (the nav follows the scroll). */
  let settingsPage = false;
  /** The fallback layer reads words and layout: from the first page that shows what it reads. */
  let wordsRead = false;
  let thanked = false;

  // A view that waits for a stretch of watching (the feed's) is not open before it; once thanked, not again.
  const asked = (id: ViewId) => isRipe(id, stretchMs.get()) && !(thanked && id === 'feed');
  const detect = (ask: (id: ViewId) => boolean) =>
    detectViews(location, document, isOnScreen, wordsRead ? fallback : undefined, (id) => ask(id) && asked(id));
  // `moving`: the tip shown, whose view a scroll brought to a new anchor; still that view, it is only placed.
  const apply = (views: DetectedView[], moving?: ViewId) => {
    open = views;
    reportOpen.set(open.some((view) => viewById(view.id).holdsReminders));
    const step = session.update(open, settings.get(), Date.now());
    for (const id of step.firstSeen)
      void sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
    if (step.whole) void sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
    if (step.hide) presenter?.hide();
    if (step.show) {
      presenter ??= createTipPresenter(services, copyFor, { session, showMeTarget, followFrames });
      if (step.show.id === moving) presenter.place();
      else presenter.show(step.show.id);
    }
    followFrames();
  };
  const evaluate = () => {
    lastUrl = location.href;
    settingsPage = isSettingsPage(location);
    lightPage = settingsPage || isMessagesPage(location);
    wordsRead ||= mayNeedFallback(location, document, isOnScreen);
    apply(detect(() => true));
  };
  // After a scroll, the shown tip's view alone (`open`'s first, see selectTip): the next video, or none.
  const followScroll = () => {
    const shown = session.shown();
    if (!shown || session.follows() !== 'end') return;
    const again = detect((id) => id === shown.id);
    if (again[0]?.anchor === shown.anchor) presenter?.place();
    else apply([...again, ...open.filter((view) => view !== shown)], shown.id);
  };

  const follows = [
    follow(dismissedTips, session.setDismissed, observer.schedule),
    follow(tipShowings, session.setShowings, observer.schedule),
  ];
  void Promise.all(follows).then(
    (stops) => {
      for (const stop of stops) ctx.onInvalidated(stop);
      ctx.onInvalidated(
        observer.subscribe(({ records, forced }) => {
          // The page removed the tip or replaced <body>: back within the frame; its controls found again.
          presenter?.pageChanged(records, forced);
          // On a light page every node added or removed is looked at; elsewhere (a feed adding thousands
          // of videos) only the changes that can open or close a view. The address is parsed once per page.
          if (
            forced ||
            location.href !== lastUrl ||
            (lightPage && records.some((record) => record.type === 'childList')) ||
            mayChangeViews(records, anchors())
          )
            evaluate();
          else if (session.shown() && touchesPageTheme(records)) presenter?.paint();
        }),
      );
    },
    (error: unknown) => console.warn('Scrollwise: no tips on this page', error),
  );

  ctx.onLocationChange(() => {
    session.newPage();
    observer.schedule();
  });
  // A scroll moves the anchor: the tip follows it at each frame, or, where a scroll brings a new anchor to the
  // same place (the feed's next video), stays still and its view is looked at once the scroll ends. On
  // /setting it changes the section in view: the light page is looked at. No tip, no frame followed.
  const followFrames = listenToScrolls(window, {
    wanted: () => settingsPage || session.follows() === 'frames',
    everyFrame: () => (settingsPage ? observer.schedule() : presenter?.place()),
    ended: followScroll,
    frame: (callback) => ctx.frame(callback),
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'resize', () => presenter?.place(), { passive: true });
  // A stretch reaching a view's wait opens it; new settings (or policy) close a tip whose theme was turned off.
  ctx.onInvalidated(onWaitCrossed(stretchMs, observer.schedule));
  ctx.onInvalidated(settings.watch(() => observer.schedule()));
  const note = createThanksNote(services, copyFor);
  return {
    thank() {
      thanked = true;
      observer.schedule();
      note();
    },
  };
}
