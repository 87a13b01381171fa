import type { CopyFor } from '@/utils/page-copy';
import { dismissedTips, tipShowings } from '@/utils/storage';
import { follow } from '@/utils/storage/follow';
import { createTipSession } from '@/utils/tips/session';
import { fallback, SHOW_ME } from '@/utils/views/fallback';
import { crossesAWait, mayNeedFallback } from '@/utils/views/first-pass';
import { type DetectedView, detectViews, isRipe, viewById } from '@/utils/views/registry';
import { isMessagesPage } from '@/utils/views/shared/messages-page';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker/client';
import type { UiParts } from './parts';
import { createThanksNote } from './thanks-note';
import { createTipPresenter, type TipPresenter } from './tip-presenter';

/**
 * The tips: one evaluation per animation frame, driven by the shared DOM observer, detects the views on
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
  let lastUrl = '';
  /** The settings and messages pages are light and their views open late (a section, a request). */
  let lightPage = false;
  /** On /setting, scrolling changes which section is in view. */
  let settingsPage = false;
  /** The fallback layer reads words and layout: from the first page that shows what it reads. */
  let wordsRead = false;
  let thanked = false;
  // "Show me": what the word layer finds first (it knows the views its hooks cannot), then the view's hooks.
  const showMeTarget = (view: DetectedView) =>
    SHOW_ME[view.id]?.(view.anchor) ?? viewById(view.id).showMeTarget?.(view.anchor) ?? null;

  const evaluate = () => {
    lastUrl = location.href;
    settingsPage = isSettingsPage(location);
    lightPage = settingsPage || isMessagesPage(location);
    wordsRead ||= mayNeedFallback(location, document, isOnScreen);
    // A view that waits for a stretch of watching (the feed's) is not open before it; once thanked, not again.
    const asked = (id: DetectedView['id']) => isRipe(id, stretchMs.get()) && !(thanked && id === 'feed');
    open = detectViews(location, document, isOnScreen, wordsRead ? fallback : undefined, asked);
    reportOpen.set(open.some((view) => viewById(view.id).holdsReminders));
    const step = session.update(open, settings.get(), Date.now());
    for (const id of step.firstSeen)
      void sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
    if (step.whole) void sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
    if (step.hide) presenter?.hide();
    if (step.show) {
      presenter ??= createTipPresenter(services, copyFor, { session, showMeTarget });
      presenter.show(step.show.id);
    }
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
          // The page removed the tip or replaced <body>: back within the frame.
          presenter?.repair();
          // On a light page every node added or removed is looked at; elsewhere (a feed adding thousands
          // of videos) only the changes that can open or close a view. The address is parsed once per page.
          if (
            forced ||
            location.href !== lastUrl ||
            (lightPage && records.some((record) => record.type === 'childList')) ||
            mayChangeViews(
              records,
              open.map((view) => view.anchor),
            )
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
  // Scrolling moves the anchor; on /setting it also changes which section is in view (the nav follows the
  // scroll), and on the feed which video is playing. With no tip shown elsewhere, nothing to follow: a
  // scroll fires at every frame, and the page is read once per address (`evaluate`), not at each of them.
  const onScroll = () => {
    if (settingsPage || session.shown()?.id === 'feed') observer.schedule();
    else if (session.shown()) presenter?.place();
  };
  ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => presenter?.place(), { passive: true });
  // A stretch that reaches a view's wait opens it, and a new one closes it: looked at again when a figure the
  // worker sends crosses a wait. Not at every figure (each report while the teen watches): the page has not
  // changed, or the observer would have said so, and a whole look reads a long feed from end to end.
  let stretchSeen = stretchMs.get();
  ctx.onInvalidated(
    stretchMs.watch((ms) => {
      if (crossesAWait(stretchSeen, ms)) observer.schedule();
      stretchSeen = ms;
    }),
  );
  // New settings (or policy): a tip whose theme was turned off goes away at the next frame.
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
