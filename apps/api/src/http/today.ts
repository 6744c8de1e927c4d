/** Today's date in Vietnam (UTC+7, no daylight saving): the calendar the organisations' dates are written in. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** @example vietnamDay(new Date('2025-06-30T17:00:00Z')) // '2025-07-01' */
export function vietnamDay(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
