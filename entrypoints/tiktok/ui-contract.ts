import type { Cell } from '@/utils/content/cell';
import type { PageObserver } from '@/utils/dom-observer';
import type { Settings } from '@/utils/settings';
import type { Sensor } from '@/utils/tracking/sensor';
import type { FieldReport } from '@/utils/views/field-check';
import type { ScriptContext } from './script-context';

/**
 * What the sentinel (this content script) and the UI file it loads when first needed (entrypoints/tiktok-ui)
 * agree on. Types only: the two are separate bundles, so nothing here may be code.
 */

/** What the sentinel lends the UI once: its context, observer, sensor and the figures it follows. */
export interface UiServices {
  ctx: ScriptContext;
  observer: PageObserver;
  sensor: Sensor;
  settings: Cell<Settings>;
  /** How long the teen has watched on end, by the worker's last reply (the feed's tip waits for a stretch). */
  stretchMs: Cell<number>;
}

/** The UI file, as it hands itself over. */
export interface PageUi {
  /**
   * Names the family's helpline (the worker picks it) before anything shows, then follows the setting; in
   * the top frame, the tips start following the page, whatever need loaded the file.
   */
  start(services: UiServices): Promise<LoadedUi>;
}

export interface LoadedUi {
  /** Starts the reminders: from then on they follow the worker's figures on their own. */
  reminders(): Promise<void>;
  /** What Scrollwise sees on this page now, for the options page's "Check TikTok". */
  fieldReport(): FieldReport;
  /** The feed's one-line thank-you, once the teen used "Not interested": the feed's tip does not follow. */
  thank(): void;
}
