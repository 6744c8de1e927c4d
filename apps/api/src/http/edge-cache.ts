/** An edge cache (the Cache API) in front of D1: a successful read is kept per normalised URL and read generation, for its max-age. */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { EVERY_ORGANIZATION, readGeneration } from '../db/read-generations.ts';
import { nowMs } from './clock.ts';
import { strongEtag, strongEtagOf } from './strong-etag.ts';

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
 * How long an instance trusts a read generation it read from D1 before reading it again: a write made
 * through another instance reaches this one's cached reads within this bound (writes through this
 * instance at once, see forgetGenerations).
 */
export const GENERATION_TRUST_MS = 1000;

/** Responses kept in this instance's memory, the least recently stored first out when full; larger ones are not kept. */
const MEMORY_ENTRIES = 256;
const MEMORY_BODY_BYTES = 256 * 1024;

type Remembered = { generation: string; readAt: number };
type StoredResponse = { body: ArrayBuffer; status: number; headers: [string, string][]; maxAge: number; expires: number; shared: boolean };

const generations = new Map<string, Remembered>();
const responses = new Map<string, StoredResponse>();

/** The read generation of `scope`, from D1 unless this instance read it less than GENERATION_TRUST_MS ago. */
async function trustedGeneration(db: D1Database, scope: string): Promise<string> {
  const now = Date.now();
  const known = generations.get(scope);
  if (known && now >= known.readAt && now - known.readAt < GENERATION_TRUST_MS) return known.generation;
  const generation = await readGeneration(db, scope);
  // The instant before the read: the trust never outlasts GENERATION_TRUST_MS after it began.
  generations.set(scope, { generation, readAt: now });
  return generation;
}

/** Called by every write of this instance after it raised generations: its next reads ask D1 again. */
export function forgetGenerations(): void {
  generations.clear();
}

const MAX_AGE = /(?:^|,)\s*max-age=(\d+)/;
const MAX_AGE_VALUE = /max-age=\d+/;

/**
 * Seconds a response has already spent in caches: its `Age`, plus the time since its `Date` (the
 * Cache API stamps both when it stores a copy). Summed rather than the larger of the two, so a cache
 * that updates either one is never under-counted: a copy may leave memory early, never late.
 */
function ageSeconds(headers: Headers, now: number): number {
  const age = Number(headers.get('age'));
  const date = Date.parse(headers.get('date') ?? '');
  return (Number.isFinite(age) && age > 0 ? age : 0) + (Number.isNaN(date) ? 0 : Math.max(0, (now - date) / 1000));
}

/** A 200 as memory keeps it: its body, status and headers as they were when it was answered. */
type Answer = { body: ArrayBuffer; status: number; headers: [string, string][] };

/**
 * Keeps a copy of a 200 in memory until its max-age runs out, counted from when it was made: an answer
 * taken from the Cache API leaves memory no later than the Cache API's copy would (see ageSeconds).
 * `shared`: the Cache API holds it too.
 */
async function remember(key: string, response: Response, shared: boolean, now: number): Promise<void> {
  const headers = [...response.headers];
  const body = await response.arrayBuffer();
  await keep(key, { body, status: response.status, headers }, shared, now);
}

/** remember() for an answer already read into memory. */
async function keep(key: string, answer: Answer, shared: boolean, now: number): Promise<void> {
  const headers = new Headers(answer.headers);
  const maxAge = MAX_AGE.exec(headers.get('cache-control') ?? '');
  const seconds = Number(maxAge?.[1] ?? 0);
  const expires = now + (seconds - (shared ? ageSeconds(headers, now) : 0)) * 1000;
  const { body } = answer;
  // Not kept here: straight to the Cache API, as before memory.
  if (!maxAge || body.byteLength > MEMORY_BODY_BYTES) {
    if (!shared) await caches.default.put(key, new Response(body, { status: answer.status, headers: answer.headers }));
    return;
  }
  responses.delete(key);
  if (expires <= now) return;
  responses.set(key, { ...answer, maxAge: seconds, expires, shared });
  if (responses.size > MEMORY_ENTRIES) responses.delete(responses.keys().next().value!);
}

/**
 * The copy in memory, if any and still fresh at `now`. A copy asked for a second time is also stored
 * in the Cache API (for the other instances of the location), with what is left of its max-age.
 */
function remembered(key: string, now: number, waitUntil: (promise: Promise<unknown>) => void): Response | null {
  const stored = responses.get(key);
  if (!stored) return null;
  // Never more than its max-age, even for a clock that went back (a test's).
  const left = Math.min(stored.maxAge, Math.floor((stored.expires - now) / 1000));
  if (left <= 0) {
    responses.delete(key);
    return null;
  }
  const response = () => new Response(stored.body.slice(0), { status: stored.status, headers: stored.headers });
  if (!stored.shared) {
    stored.shared = true;
    const copy = response();
    copy.headers.set('cache-control', (copy.headers.get('cache-control') ?? '').replace(MAX_AGE_VALUE, `max-age=${left}`));
    waitUntil(caches.default.put(key, copy));
  }
  return response();
}

/**
 * Answers GET and HEAD from this instance's memory or `caches.default` when it can; otherwise runs the handler and, for a 200,
 * keeps the response in memory (with the Cache-Control the inner middleware set) without delaying the answer, and
 * stores it in `caches.default` when it is asked again.
 * Errors are never stored here, so a record added after a 404 shows up as soon as the 404's own short
 * max-age allows.
 *
 * The key holds the read generation of the organisation the URL shows (src/db/read-generations.ts):
 * a write raises it, so every cached copy of what it changed, whatever its spelling, is never served
 * again. Reading it costs a small D1 read, so an instance trusts the generation it read for
 * GENERATION_TRUST_MS: a write through another instance is seen within that bound. A pinned revision
 * skips it. The 200s are also kept in the instance's memory under the same key, for their max-age.
 *
 * The stored response already carries its strong ETag, so a hit is answered (or turned into a 304 by the
 * outer ETag middleware, which trusts an existing ETag) without hashing the body again.
 */
export function edgeCache(): MiddlewareHandler<AppEnv> {
  const etag = strongEtag();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const now = nowMs(c.env);
    const url = new URL(c.req.url);
    const scope = generationScope(url);
    const generation = scope === null ? null : await trustedGeneration(c.env.DB, scope);
    const key = normaliseCacheKey(generation === null ? url.href : withGeneration(url, generation));
    const waitUntil = (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise);
    const inMemory = remembered(key, now, waitUntil);
    if (inMemory) return inMemory;
    const cache = caches.default;
    const hit = await cache.match(key);
    if (hit) {
      waitUntil(remember(key, hit.clone(), true, now));
      // A copy: cached responses have immutable headers, and later middleware adds some.
      return new Response(hit.body, hit);
    }
    const read: { body: ArrayBuffer | null } = { body: null };
    await etag(c, async () => {
      await next();
      read.body = await tagged(c);
    });
    if (c.res.status !== 200) return;
    // A first answer is kept in memory only: the Cache API gets it when it is asked again (above), so
    // URLs read once (a day's `?asOf=`, an odd spelling) cost no cache write.
    const { body } = read;
    waitUntil(body === null ? remember(key, c.res.clone(), false, now) : keep(key, { body, status: 200, headers: [...c.res.headers] }, false, now));
  };
}

/**
 * Reads a 200's body once, tags it with its strong ETag (so the etag middleware needs no copy of the
 * stream to hash) and answers with those bytes; returns a copy of them for memory. Null, and the
 * response left as it was, for any other answer.
 */
async function tagged(c: Context<AppEnv>): Promise<ArrayBuffer | null> {
  const response = c.res;
  if (response.status !== 200 || response.body === null) return null;
  const body = await response.arrayBuffer();
  const tag = response.headers.has('ETag') ? null : await strongEtagOf(body);
  const answer = new Response(body.slice(0), response);
  if (tag !== null) answer.headers.set('ETag', tag);
  // Cleared first, or Hono would copy every header onto the new response a second time.
  c.res = undefined;
  c.res = answer;
  return body;
}

/** The URL with the generation as a query parameter no request can send (its name is not a valid parameter of any route). */
function withGeneration(url: URL, generation: string): string {
  const keyed = new URL(url);
  keyed.searchParams.set('~generation', generation);
  return keyed.href;
}
