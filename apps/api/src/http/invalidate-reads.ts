/**
 * After a write, deletes the edge-cache entries of the reads it changed, so the next read at this
 * location is fresh. Other locations' copies and query variants (`?asOf=`) expire within their
 * max-age (a minute); reads pinned with `?revision=` never change, so they are never invalidated.
 */
import type { Context } from 'hono';
import { normaliseCacheKey } from './edge-cache.ts';

/** @example await invalidateReads(c, ['/v1/organizations/muong-khuong/cells']) */
export async function invalidateReads(c: Context, paths: readonly string[]): Promise<void> {
  const origin = new URL(c.req.url).origin;
  await Promise.all(paths.map((path) => caches.default.delete(normaliseCacheKey(`${origin}${path}`))));
}
