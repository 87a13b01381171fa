import type { Cell } from '@/utils/content/cell';
import { defineFeature as define, type Feature } from '@/utils/content/features';
import type { PageObserver } from '@/utils/dom-observer';
import type { Showing } from '@/utils/reminders/session';
import type { Settings } from '@/utils/settings';
import type { Sensor } from '@/utils/tracking/sensor';
import type { ScriptContext } from './script-context';
import type { LoadedUi } from './ui-contract';

/** What the TikTok page's features share; each is made once by the script's entry. */
export interface PageServices {
  ctx: ScriptContext;
  /** The one DOM observer, handing changes over at most once a frame's length. */
  observer: PageObserver;
  /** The viewing sensor, always on. */
  sensor: Sensor;
  /** The family's settings, policy applied; set again when the helpline changes, so features repaint. */
  settings: Cell<Settings>;
  /** The reminder the worker last said is due, with its reply to a viewing report. */
  reminderDue: Cell<Showing | null>;
  /** How long the teen has watched on end, by the worker's last reply (a tip may wait for a stretch). */
  stretchMs: Cell<number>;
  /** The tips' and reminders' UI, loaded the first time one is due (ui-contract.ts); rejects if it cannot be. */
  ui: () => Promise<LoadedUi>;
}

/** `settings`: read once from storage. */
export type PageNeed = 'settings';

export type PageFeature = Feature<PageServices, PageNeed>;
export const defineFeature = (feature: PageFeature) => define(feature);
