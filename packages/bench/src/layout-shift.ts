// Cumulative Layout Shift from `layout-shift` performance entries, as Core Web Vitals define it: shifts
// are grouped into session windows (a gap under 1 s, a window at most 5 s long) and CLS is the largest
// window's sum. Shifts right after user input do not count. Knows nothing of browsers beyond the entry shape.

export interface LayoutShiftEntry {
  /** Milliseconds since navigation. */
  readonly startTime: number;
  readonly value: number;
  readonly hadRecentInput: boolean;
}

export interface LayoutShiftScore {
  /** The largest session window's sum (the CLS metric). */
  readonly cls: number;
  /** Every counted shift added up, whatever its window. */
  readonly total: number;
  /** How many shifts counted. */
  readonly shifts: number;
}

const MAX_GAP_MS = 1000;
const MAX_WINDOW_MS = 5000;

/**
 * @example cumulativeLayoutShift([{ startTime: 100, value: 0.1, hadRecentInput: false }]) // { cls: 0.1, total: 0.1, shifts: 1 }
 */
export function cumulativeLayoutShift(entries: readonly LayoutShiftEntry[]): LayoutShiftScore {
  const counted = entries.filter((e) => !e.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  let cls = 0;
  let total = 0;
  let windowSum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const entry of counted) {
    const startsNewWindow = entry.startTime - previous >= MAX_GAP_MS || entry.startTime - windowStart >= MAX_WINDOW_MS;
    if (startsNewWindow) {
      windowSum = 0;
      windowStart = entry.startTime;
    }
    windowSum += entry.value;
    previous = entry.startTime;
    total += entry.value;
    cls = Math.max(cls, windowSum);
  }
  return { cls, total, shifts: counted.length };
}
