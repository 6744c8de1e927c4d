/** Strong ETags (SHA-256 of the body) and 304 on a matching If-None-Match, weak or listed forms included. */
import { etag } from 'hono/etag';

// A 304 must carry what the 200 would have for caches to update; CORS headers too, or a
// cross-origin revalidation could be refused.
const RETAINED_304_HEADERS = [
  'cache-control',
  'content-location',
  'date',
  'etag',
  'expires',
  'vary',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

export function strongEtag() {
  return etag({
    generateDigest: (body) => crypto.subtle.digest('SHA-256', body),
    retainedHeaders: RETAINED_304_HEADERS,
  });
}
