/** Every Cache-Control value the Worker sends, in one place. */

/**
 * Live embed reads (JSON, images, iframe pages, oEmbed): a minute at most, and never served stale, so
 * a reader sees a write within a minute. The edge cache retires its copies at the write itself (see
 * ./edge-cache.ts); the minute is the bound on a copy a browser already holds.
 */
export const EMBED_CACHE_CONTROL = 'public, max-age=60';

/** Reads pinned to a revision (`?revision=2`): what they answer never changes, so caches may keep it a year. */
export const PINNED_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** 4xx answers to embed reads: short, so a record added later shows up quickly. */
export const CLIENT_ERROR_CACHE_CONTROL = 'public, max-age=10';

/** 5xx answers, writes, administration, and anything that must always be fresh (health). */
export const NO_STORE = 'no-store';

/** The OpenAPI document and the /docs page: they change only with a deploy. */
export const DOCS_CACHE_CONTROL = 'public, max-age=300';

/** The widget bundle at a versioned path (/widgets/v1/): short, so fixes reach embeds within minutes. */
export const WIDGET_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** The pages people open (/, /builder): they change only with a deploy. */
export const PAGE_CACHE_CONTROL = 'public, max-age=300';

/** Files named by a hash of their content (the hosted script's chunks, the pages' assets): they never change. */
export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Picks the policy for a response to a cacheable read from its status. */
export function cacheControlFor(status: number, success: string): string {
  if (status >= 500) return NO_STORE;
  if (status >= 400) return CLIENT_ERROR_CACHE_CONTROL;
  return success;
}
