/**
 * Bearer authentication of the write path: `requireNewsroomKey()` for figures, `requireAdmin()` for
 * newsrooms, keys and the audit log. No or a bad token: 401 with WWW-Authenticate (RFC 6750); the
 * wrong kind of token: 403. Failed checks count per client and stop a client once it has too many;
 * accepted writes count per key (see ./rate-limits.ts). A request without Authorization may instead
 * carry the data desk's session cookie (./session-auth.ts), which acts with its key's rights.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { countCheckStatement, countOf, forgetEndedWindows, forgiveCheck, windowStart } from '../db/auth-failures.ts';
import { findApiKeyStatement, storedApiKey, type StoredApiKey } from '../db/newsrooms.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { nowMs } from '../http/clock.ts';
import { apiKeyId, sameDigest, sha256Hex } from './api-key.ts';
import { clientOf } from './client-address.ts';
import type { Principal } from './principal.ts';
import { authenticateSession } from './session-auth.ts';
import { sessionTokenOf } from './session-cookie.ts';
import { FAILURE_WINDOW_SECONDS, failureLimit, limitWrites, tooManyFailures } from './rate-limits.ts';

const REALM = 'Bearer realm="chitieu"';
/** Shorter administrator tokens are refused as if unset: a guessable token would undo the rest. */
const MIN_ADMIN_TOKEN_LENGTH = 16;
// Compared against when the presented key's id is unknown, so that case takes as long as a wrong secret.
const NO_SUCH_KEY = '0'.repeat(64);

function unauthorized(message: string, error?: 'invalid_request' | 'invalid_token'): ApiException {
  const challenge = error ? `${REALM}, error="${error}"` : REALM;
  return new ApiException(401, 'unauthorized', message, { headers: { 'WWW-Authenticate': challenge } });
}

type Check = { ok: true; principal: Principal } | { ok: false; message: string };

async function checkToken(c: Context<AppEnv>, token: string, found: StoredApiKey | null): Promise<Check> {
  const digest = await sha256Hex(token);
  if (apiKeyId(token) !== null) {
    const matches = sameDigest(found?.keyHash ?? NO_SUCH_KEY, digest) && found !== null;
    if (!found || !matches) return { ok: false, message: 'This key is not valid.' };
    if (found.key.revokedAt !== null) return { ok: false, message: `This key was revoked on ${found.key.revokedAt}; ask for a new one.` };
    return { ok: true, principal: { kind: 'newsroom', keyId: found.key.id, newsroomId: found.newsroomId, newsroom: found.key.newsroom } };
  }
  const admin = c.env.ADMIN_TOKEN ?? '';
  if (admin.length < MIN_ADMIN_TOKEN_LENGTH) {
    console.error(`ADMIN_TOKEN is unset or shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters: administration is disabled`);
    return { ok: false, message: 'This token is not valid.' };
  }
  return sameDigest(await sha256Hex(admin), digest) ? { ok: true, principal: { kind: 'admin' } } : { ok: false, message: 'This token is not valid.' };
}

/** Checks the bearer token, or else the session cookie; the principal, or a 401 / 403 / 429. */
async function authenticate(c: Context<AppEnv>): Promise<Principal> {
  const header = c.req.header('Authorization');
  if (header === undefined || header.trim() === '') {
    const session = sessionTokenOf(c);
    if (session !== null) return (await authenticateSession(c, session)).principal;
    throw unauthorized('This needs a key: send Authorization: Bearer <key>.');
  }
  return verifyToken(c, /^Bearer +(\S+) *$/i.exec(header)?.[1]);
}

/**
 * Checks a token (a newsroom key or the administrator token; undefined when the request's
 * Authorization was malformed), counting failures per client: the principal, or a 401 / 429. The
 * data desk's sign-in calls it with the key it was given, so failed sign-ins count the same.
 */
export async function verifyToken(c: Context<AppEnv>, token: string | undefined): Promise<Principal> {
  const client = clientOf(c);
  const now = nowMs(c.env);
  const window = windowStart(now, FAILURE_WINDOW_SECONDS);
  const id = token === undefined ? null : apiKeyId(token);
  // One round trip: count this check among the client's (before checking, so parallel guesses each
  // see the others), and the key's row when the token is a key.
  const db = c.var.db;
  const [counted, key] = await db.batch([countCheckStatement(db, client, window), ...(id === null ? [] : [findApiKeyStatement(db, id)])]);
  if (countOf(counted) > failureLimit(c.env)) {
    throw tooManyFailures(window + FAILURE_WINDOW_SECONDS - Math.floor(now / 1000));
  }
  const check: Check =
    token === undefined ? { ok: false, message: 'Send the key as Authorization: Bearer <key>.' } : await checkToken(c, token, storedApiKey(key));
  if (!check.ok) {
    await forgetEndedWindows(db, window);
    throw unauthorized(check.message, token === undefined ? 'invalid_request' : 'invalid_token');
  }
  await forgiveCheck(db, client, window);
  return check.principal;
}

/** Lets a newsroom's key through (counting its writes); 403 for the administrator token. */
export function requireNewsroomKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await authenticate(c);
    if (principal.kind !== 'newsroom') {
      throw new ApiException(403, 'forbidden', 'Figures are written with a newsroom key; the administrator token only manages newsrooms and keys.');
    }
    await limitWrites(c.env.WRITE_LIMITER, `key:${principal.keyId}`);
    c.set('principal', principal);
    await next();
  };
}

/** Lets the administrator token through (counting its writes); 403 for a newsroom's key. */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await authenticate(c);
    if (principal.kind !== 'admin') {
      throw new ApiException(403, 'forbidden', 'This needs the administrator token, not a newsroom key.');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await limitWrites(c.env.WRITE_LIMITER, 'admin');
    c.set('principal', principal);
    await next();
  };
}
