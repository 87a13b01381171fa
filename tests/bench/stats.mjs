// Small statistics helpers for the bench: medians and percentiles over noisy samples.
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples) => percentile(samples, 50);

export const round = (value, digits = 2) => Number(value.toFixed(digits));
