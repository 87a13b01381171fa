/**
 * The content script's features, started by one manager: each declares what it needs before it can start
 * and gets a signal that ends with the page (or the extension's update), so a new feature is a file of
 * its own, not an edit of the script's entry. One feature that fails leaves the others running.
 */
export interface Feature<Services, Need extends string> {
  id: string;
  /** What must be ready first (the settings read…): the manager waits for each. */
  needs: readonly Need[];
  /**
   * Where it runs: `top`, a TikTok tab's page only; `all`, also TikTok shown in a frame (its embed player on
   * another site), where time is counted and reminders hold as on TikTok itself; `frames`, only there.
   */
  frames: 'top' | 'all' | 'frames';
  start(services: Services, signal: AbortSignal): void | Promise<void>;
}

export const defineFeature = <Services, Need extends string>(feature: Feature<Services, Need>) => feature;

/**
 * Starts every feature that runs in this frame (`inFrame`: not a tab's top page) as soon as its needs are
 * ready; resolves when all have started or failed.
 */
export async function startFeatures<Services, Need extends string>(
  features: readonly Feature<Services, Need>[],
  services: Services,
  ready: Record<Need, Promise<unknown>>,
  signal: AbortSignal,
  inFrame = false,
): Promise<string[]> {
  const failed: string[] = [];
  const here = features.filter((feature) => feature.frames === 'all' || (feature.frames === 'frames') === inFrame);
  await Promise.all(
    here.map(async (feature) => {
      try {
        await Promise.all(feature.needs.map((need) => ready[need]));
        if (!signal.aborted) await feature.start(services, signal);
      } catch (error) {
        failed.push(feature.id);
        console.warn(`Scrollwise: ${feature.id} is unavailable on this page`, error);
      }
    }),
  );
  return failed;
}
