/**
 * The clock sessions expire by. A seam of its own so tests can move time (`vi.spyOn(sessionClock,
 * 'now')`) to see a session expire after 12 idle hours without waiting for them.
 */
export const sessionClock = {
  /** Milliseconds since the epoch, as Date.now(). */
  now: (): number => Date.now(),
};
