import type { Cell } from '@/utils/content/cell';
import type { FrameObserver } from '@/utils/dom-observer';
import type { Settings } from '@/utils/settings';
import type { TipSession } from '@/utils/tips/session';
import type { Sensor } from '@/utils/tracking/sensor';
import type { Fallback } from '@/utils/views/fallback';
import type { FieldReport } from '@/utils/views/field-check';
import type { DetectedView, ViewId } from '@/utils/views/registry';
import type { ScriptContext } from './script-context';

/**
 * What the sentinel (this content script) and the UI file it loads when first needed (entrypoints/tiktok-ui)
 * agree on. Types only: the two are separate bundles, so nothing here may be code.
 */

/** What the sentinel lends the UI once: its context, observer, sensor and the settings it follows. */
export interface UiServices {
  ctx: ScriptContext;
  observer: FrameObserver;
  sensor: Sensor;
  settings: Cell<Settings>;
  /** TikTok's report flow (or its tip) is on screen: a reminder waits for it. */
  reportOpen: Cell<boolean>;
}

/** The UI file, as it hands itself over. */
export interface PageUi {
  /** Names the family's helpline (the worker picks it) before anything shows, then follows the setting. */
  start(services: UiServices): Promise<LoadedUi>;
}

export interface LoadedUi {
  tips(deps: TipDeps): TipPresenter;
  /** Starts the reminders: from then on they follow the worker's figures on their own. */
  reminders(): Promise<void>;
  /** What Scrollwise sees on this page now, for the options page's "Check TikTok". */
  fieldReport(): FieldReport;
  /** The fallback layer: a view read by roles, structure and words when its hooks find nothing. */
  fallback: Fallback;
  /** The feed's one-line thank-you, once the teen used "Not interested". */
  thank(): void;
}

/** The tip session decides; the presenter draws what it decided, and hands the teen's choices back. */
export interface TipDeps {
  session: TipSession;
  /** TikTok's control a tip's "Show me" highlights (the detectors know it, and stay in the sentinel). */
  showMeTarget(view: DetectedView): Element | null;
}

export interface TipPresenter {
  /** The session's tip, under its view's name: mounted if it was not, painted and placed. */
  show(view: ViewId): void;
  /** Painted again (the copy, the theme or the spotlight changed) and placed. */
  paint(): void;
  /** Placed again (the page scrolled or resized). */
  place(): void;
  hide(): void;
  /** Back in the page if the page removed it. */
  repair(): void;
}
