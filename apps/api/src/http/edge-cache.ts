/** An edge cache (the Cache API) in front of D1: a successful read is kept per normalised URL for its max-age. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { strongEtag } from './strong-etag.ts';

/**
 * The cache key of a URL: query parameters sorted, fragment dropped, so `?b=1&a=2` and `?a=2&b=1` share an entry.
 *
 * @example normaliseCacheKey('https://x.dev/v1/o/cells?b=1&a=2#top') // 'https://x.dev/v1/o/cells?a=2&b=1'
 */
export function normaliseCacheKey(url: string): string {
  const normalised = new URL(url);
  normalised.hash = '';
  normalised.searchParams.sort();
  return normalised.toString();
}

/**
 * Answers GET and HEAD from `caches.default` when it can; otherwise runs the handler and, for a 200,
 * stores the response (with the Cache-Control the inner middleware set) without delaying the answer.
 * Errors are never stored here, so a record added after a 404 shows up as soon as the 404's own short
 * max-age allows.
 *
 * The stored response already carries its strong ETag, so a hit is answered (or turned into a 304 by the
 * outer ETag middleware, which trusts an existing ETag) without hashing the body again.
 */
export function edgeCache(): MiddlewareHandler<AppEnv> {
  const etag = strongEtag();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = normaliseCacheKey(c.req.url);
    const cache = caches.default;
    const hit = await cache.match(key);
    // A copy: cached responses have immutable headers, and later middleware adds some.
    if (hit) return new Response(hit.body, hit);
    await etag(c, next);
    if (c.res.status === 200) c.executionCtx.waitUntil(cache.put(key, c.res.clone()));
  };
}
