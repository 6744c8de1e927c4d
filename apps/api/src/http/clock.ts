/**
 * The time a request is handled at. The Worker runs on real time; a test may hold the clock at an
 * instant of its choosing with the binding `TEST_NOW` (milliseconds since the epoch, passed per request
 * by test/request.ts), so time-bound behaviour such as the failed-key window is tested without waiting
 * for the wall clock. wrangler.jsonc never sets it.
 */
export interface TestClock {
  /** Tests only: the instant every clock reading of this request answers. */
  TEST_NOW?: number;
}

/** Milliseconds since the epoch: `TEST_NOW` when a test has set it, else the real time. */
export function nowMs(env: TestClock): number {
  return typeof env.TEST_NOW === 'number' ? env.TEST_NOW : Date.now();
}
