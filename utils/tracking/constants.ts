/** How often a counting tab reports; also the most a crash or a stopped worker can lose. */
export const HEARTBEAT_MS = 15_000;
/** The most one slice is credited: a heartbeat that ran late, never hours of sleep or a stalled report. */
export const MAX_SLICE_MS = 2 * HEARTBEAT_MS;
/** Input this recent makes a focused, visible tab "engaged". */
export const INPUT_WINDOW_MS = 60_000;
/** A playing video counts this long after the last input, so a loop does not count a teen who fell asleep. */
export const PASSIVE_CAP_MS = 10 * 60_000;
/** Slices stamped further than this from the worker's clock are refused. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;
/** Days of history kept. */
export const RETENTION_DAYS = 400;
/** How long credited intervals are remembered to count overlapping tabs once. */
export const UNION_MEMORY_MS = 10 * 60_000;
