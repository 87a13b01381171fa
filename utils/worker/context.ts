import type { ReminderKind } from '../reminders/decide';
import type { Recorder } from '../tracking/recorder';
import type { Serial } from './serial';

/**
 * What a request's handler may use besides storage: the worker's clock, its queues and the browser's
 * effects, passed in so that every handler runs in unit tests on a fake clock and a fake browser.
 */
export interface WorkerContext {
  recorder: Recorder;
  /** The one queue for family state (the lock, the reminders, the tips, the settings): see `queued`. */
  serial: Serial;
  extensionId: string;
  extensionOrigin: string;
  extensionVersion: string;
  now: () => number;
  /** The OS screen state; a locked screen counts nothing. */
  idleState: () => Promise<'active' | 'idle' | 'locked'>;
  /** Closes a tab (the TikTok tab whose teen chose "close TikTok"). */
  closeTab: (tabId: number) => Promise<void>;
  /**
   * Sends a tab to the extension's own reminder page (the limit, or a break or sleep reminder the page kept
   * from being seen), keeping where it was so a lifted reminder can go back.
   */
  sendToLimitPage: (tabId: number, kind: ReminderKind) => Promise<void>;
  /** Ends TikTok in a frame of another site's page (the frame goes blank); the rest of the page stays. */
  clearFrame: (tabId: number, frameId: number) => Promise<void>;
  /** Runs the tips' and reminders' UI file in a TikTok frame's content-script world (utils/content/page-ui.ts). */
  injectPageUi: (tabId: number, frameId: number) => Promise<void>;
  /** The extension's own small window: the PIN for five more minutes, or (`ask`) asking for more time. */
  openPinWindow: (view?: 'ask') => Promise<void>;
  /** Asks the most recently used TikTok tab what it recognizes (the options page's field check). */
  checkTikTokTab: () => Promise<unknown>;
  /** The browser's languages and this computer's time zone: they pick the helpline when no country is set. */
  place: () => { languages: readonly string[]; timeZone: string };
  /** This computer's system ("Win32", "MacIntel"): it names the computer until a parent does. */
  platform: string;
  /** Family sharing: this computer's total goes to sync in a minute (an alarm, which outlives the worker). */
  shareSoon: () => Promise<void>;
}
