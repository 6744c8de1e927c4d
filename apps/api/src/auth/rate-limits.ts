/**
 * The write path's limits, and how each is enforced. The numbers are configuration, in wrangler.jsonc.
 *
 * - Writes, per key: the Workers rate-limiting binding WRITE_LIMITER (600 a minute: a data desk's bulk
 *   work at ten writes a second). It costs no D1 round trip, and both `wrangler dev` and the Workers
 *   test pool simulate it locally. Its counts are per Cloudflare location and approximate, which is
 *   fine for throughput.
 * - Failed key checks, per client (src/auth/client-address.ts): a fixed-window counter in D1
 *   (AUTH_FAILURES_PER_MINUTE, 10). Not the binding: stopping key guessing means refusing a client
 *   *before* checking its next key, and every call of the binding counts one more, with no way to
 *   look without counting. With D1 each check counts itself first, in one UPSERT … RETURNING, and is
 *   refused when its count is over the limit; a check that succeeds takes its count back. Counting
 *   after the check would let parallel guesses all see the same count and all be checked. The price:
 *   a client with more than that many checks in flight at once gets 429 for the extra ones, even with
 *   the right key (answering them would tell a guesser which key was right); bulk work has the import.
 */
import { ApiException } from '../http/api-exception.ts';

export const FAILURE_WINDOW_SECONDS = 60;
const DEFAULT_FAILURES_PER_MINUTE = 10;
/** The binding gives no reset time; its period is the longest a client may have to wait. */
const WRITE_LIMIT_PERIOD_SECONDS = 60;

/** Failed key checks a client may have in a window before it is refused for the rest of the window. */
export function failureLimit(env: Pick<Env, 'AUTH_FAILURES_PER_MINUTE'>): number {
  const value = Number(env.AUTH_FAILURES_PER_MINUTE);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_FAILURES_PER_MINUTE;
}

export function tooManyFailures(retryAfterSeconds: number): ApiException {
  return new ApiException(429, 'rate_limited', 'Too many failed key checks from your address; wait before trying again.', {
    headers: { 'Retry-After': String(Math.max(1, retryAfterSeconds)) },
  });
}

/** Counts one write for `key` (a key id, or the administrator); throws the 429 when over the limit. */
export async function limitWrites(limiter: RateLimit, key: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw new ApiException(429, 'rate_limited', 'Too many writes with this key; wait before sending more.', {
      headers: { 'Retry-After': String(WRITE_LIMIT_PERIOD_SECONDS) },
    });
  }
}
