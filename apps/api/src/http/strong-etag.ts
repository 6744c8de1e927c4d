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

const digest = (body: Uint8Array) => crypto.subtle.digest('SHA-256', body);

export function strongEtag() {
  return etag({ generateDigest: digest, retainedHeaders: RETAINED_304_HEADERS });
}

/** The pieces hono's etag middleware hashes a streamed body in (hono/dist/middleware/etag/digest.js). */
const CHUNK_BYTES = 262_144;

/**
 * The ETag `strongEtag()` gives a response with this body, computed from bytes already in memory
 * rather than from a copy of the response's stream: the SHA-256 of the body; a body of more than
 * CHUNK_BYTES is hashed as the middleware does, piece by piece, each digest prefixed to the next piece.
 * Null for an empty body, which the middleware leaves untagged.
 *
 * @example await strongEtagOf(new TextEncoder().encode('{}').buffer) // '"44136fa3…"'
 */
export async function strongEtagOf(body: ArrayBuffer): Promise<string | null> {
  const bytes = new Uint8Array(body);
  let result: ArrayBuffer | undefined;
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK_BYTES) {
    const piece = bytes.subarray(offset, offset + CHUNK_BYTES);
    const previous = result;
    if (previous === undefined) result = await digest(piece);
    else {
      const merged = new Uint8Array(previous.byteLength + piece.byteLength);
      merged.set(new Uint8Array(previous), 0);
      merged.set(piece, previous.byteLength);
      result = await digest(merged);
    }
  }
  if (result === undefined) return null;
  let hex = '';
  for (const byte of new Uint8Array(result)) hex += byte.toString(16).padStart(2, '0');
  return `"${hex}"`;
}
