// Scrollwise's access to TikTok (utils/site-access): read by the options page only, so a file of its own,
// out of the storage index every page loads.
import { finiteList } from '../guards';
import { defineStored } from './stored';

/**
 * The access as the worker last found it, and each time it found it turned off (epoch ms, 30 days, for the
 * parents' page). A fresh install has it.
 */
export const siteAccess = /* @__PURE__ */ defineStored('local:siteAccess', (raw): { on: boolean; offAt: number[] } => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    on: value.on !== false,
    offAt: finiteList(value.offAt),
  };
});
