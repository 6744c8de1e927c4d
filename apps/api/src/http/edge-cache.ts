/** An edge cache (the Cache API) in front of D1: a successful read is kept per normalised URL and read generation, for its max-age. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { EVERY_ORGANIZATION, readGeneration } from '../db/read-generations.ts';
import { strongEtag } from './strong-etag.ts';

/**
 * The cache key of a URL: query parameters sorted and re-encoded, fragment dropped, the path's
 * escaped unreserved characters decoded, so `?b=1&a=2` and `?a=2&b=1`, or `muong%2Dkhuong` and
 * `muong-khuong`, share an entry.
 *
 * @example normaliseCacheKey('https://x.dev/v1/o/cells?b=1&a=2#top') // 'https://x.dev/v1/o/cells?a=2&b=1'
 */
export function normaliseCacheKey(url: string): string {
  const normalised = new URL(url);
  normalised.hash = '';
  normalised.pathname = normalised.pathname.replace(/%(2[dD]|2[eE]|5[fF]|7[eE]|3[0-9]|[46][1-9a-fA-F]|[57][0-9aA])/g, (escaped) =>
    String.fromCharCode(Number.parseInt(escaped.slice(1), 16)),
  );
  const params = [...normalised.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  normalised.search = new URLSearchParams(params).toString();
  return normalised.toString();
}

const ORGANIZATION_READ = /^\/v1\/organizations(?:\/([^/]+))?/;

/**
 * The read generation scope of a URL: the organisation a read under /v1/organizations/{org} or an
 * embed's `org=` shows, or every organisation for the list; null for a read pinned with `?revision=`,
 * which never changes.
 */
function generationScope(url: URL): string | null {
  if (url.searchParams.has('revision')) return null;
  const read = ORGANIZATION_READ.exec(url.pathname);
  if (read) return read[1] === undefined ? EVERY_ORGANIZATION : safeDecode(read[1]);
  return url.searchParams.get('org') ?? EVERY_ORGANIZATION;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Answers GET and HEAD from `caches.default` when it can; otherwise runs the handler and, for a 200,
 * stores the response (with the Cache-Control the inner middleware set) without delaying the answer.
 * Errors are never stored here, so a record added after a 404 shows up as soon as the 404's own short
 * max-age allows.
 *
 * The key holds the read generation of the organisation the URL shows (src/db/read-generations.ts):
 * a write raises it, so every cached copy of what it changed, whatever its spelling, is never served
 * again. That costs one small D1 read per request, even on a hit; a pinned revision skips it.
 *
 * The stored response already carries its strong ETag, so a hit is answered (or turned into a 304 by the
 * outer ETag middleware, which trusts an existing ETag) without hashing the body again.
 */
export function edgeCache(): MiddlewareHandler<AppEnv> {
  const etag = strongEtag();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    const scope = generationScope(url);
    const generation = scope === null ? null : await readGeneration(c.env.DB, scope);
    const key = normaliseCacheKey(generation === null ? url.href : withGeneration(url, generation));
    const cache = caches.default;
    const hit = await cache.match(key);
    // A copy: cached responses have immutable headers, and later middleware adds some.
    if (hit) return new Response(hit.body, hit);
    await etag(c, next);
    if (c.res.status === 200) c.executionCtx.waitUntil(cache.put(key, c.res.clone()));
  };
}

/** The URL with the generation as a query parameter no request can send (its name is not a valid parameter of any route). */
function withGeneration(url: URL, generation: string): string {
  const keyed = new URL(url);
  keyed.searchParams.set('~generation', generation);
  return keyed.href;
}
