/**
 * The content script's features, started by one manager: each declares what it needs before it can start
 * and gets a signal that ends with the page (or the extension's update), so a new feature is a file of
 * its own, not an edit of the script's entry. One feature that fails leaves the others running.
 */
export interface Feature<Services, Need extends string> {
  id: string;
  /** What must be ready first (the settings read, the helpline named…): the manager waits for each. */
  needs: readonly Need[];
  start(services: Services, signal: AbortSignal): void | Promise<void>;
}

export const defineFeature = <Services, Need extends string>(feature: Feature<Services, Need>) => feature;

/** Starts every feature as soon as its needs are ready; resolves when all have started or failed. */
export async function startFeatures<Services, Need extends string>(
  features: readonly Feature<Services, Need>[],
  services: Services,
  ready: Record<Need, Promise<unknown>>,
  signal: AbortSignal,
): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    features.map(async (feature) => {
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
