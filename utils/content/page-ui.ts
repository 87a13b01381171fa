/**
 * The tips' and reminders' UI is a second file, loaded into the content script's own world only when a
 * tip or a reminder is first due: every TikTok tab starts with the small sentinel alone. The worker
 * injects the file with the scripting API, so nothing is web-accessible (a page could probe for a
 * web-accessible file and learn that Scrollwise is installed, and its id), and the file runs in the
 * isolated world, whose globals the page cannot see: it hands itself over through one of them.
 */

/** The file the worker injects, as the build names it (entrypoints/tiktok-ui). */
export const PAGE_UI_FILE = '/tiktok-ui.js';

/** The isolated world's property the UI file hands itself to; never the page's `window`. */
const ARRIVAL = 'scrollwisePageUi';
type Arrival = (ui: unknown) => void;
const world = globalThis as unknown as Record<string, Arrival | undefined>;

/** Called by the UI file as it runs: hands it to the sentinel that asked for it. */
export function deliverPageUi(ui: unknown): void {
  const arrival = world[ARRIVAL];
  delete world[ARRIVAL];
  arrival?.(ui);
}

/**
 * Asks for the UI file (`inject`: the worker's request, true when the file ran) and resolves to what it
 * delivered. The file runs before the worker answers, so a UI still missing then never comes: that is a
 * refusal, not a wait.
 */
export async function loadPageUi<Ui>(inject: () => Promise<boolean>): Promise<Ui> {
  let delivered: { ui: Ui } | null = null;
  world[ARRIVAL] = (ui) => {
    delivered = { ui: ui as Ui };
  };
  const injected = await inject();
  const arrived = delivered as { ui: Ui } | null;
  if (!injected || !arrived) {
    delete world[ARRIVAL];
    throw new Error(injected ? 'the page UI ran but did not arrive' : 'the worker could not load the page UI');
  }
  return arrived.ui;
}
