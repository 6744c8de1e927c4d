/**
 * Authentication by the data desk's session cookie: the session must be live (used within 12 hours,
 * not signed out, its key not revoked); a request that changes something must also pass the desk's
 * cross-site checks. Each use moves the session's expiry on.
 */
import { SESSION_IDLE_HOURS, type Session } from '@chitieu/domain';
import type { Context } from 'hono';
import { useSession } from '../db/sessions.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { sha256Hex } from './api-key.ts';
import { checkDeskRequest } from './desk-request.ts';
import type { NewsroomPrincipal } from './principal.ts';
import { nowMs } from '../http/clock.ts';
import { expiredSessionCookie, setSessionCookie } from './session-cookie.ts';

const SESSION_IDLE_MS = SESSION_IDLE_HOURS * 60 * 60 * 1000;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The oldest last use a live session may have at `now` (milliseconds since the epoch). */
export function staleBefore(now: number): string {
  return new Date(now - SESSION_IDLE_MS).toISOString();
}

function sessionEnded(c: Context): ApiException {
  // Also tells the browser to drop the dead cookie, so the desk shows its sign-in at once.
  return new ApiException(401, 'unauthorized', 'This session has ended (signed out, unused for 12 hours, or its key was revoked); sign in again.', {
    headers: { 'WWW-Authenticate': 'Bearer realm="chitieu"', 'Set-Cookie': expiredSessionCookie(c) },
  });
}

/**
 * The principal and session of a session token, after the cross-site checks for a request that
 * changes something.
 *
 * @throws {ApiException} 403 for a cross-site write, 401 when the session has ended.
 */
export async function authenticateSession(c: Context<AppEnv>, token: string): Promise<{ principal: NewsroomPrincipal; session: Session }> {
  if (!SAFE_METHODS.has(c.req.method)) checkDeskRequest(c);
  const now = nowMs(c.env);
  const found = await useSession(c.var.db, await sha256Hex(token), new Date(now).toISOString(), staleBefore(now));
  if (!found) throw sessionEnded(c);
  setSessionCookie(c, token);
  return {
    principal: { kind: 'newsroom', keyId: found.keyId, newsroomId: found.newsroomId, newsroom: found.newsroom },
    session: {
      newsroom: { slug: found.newsroom, name: found.newsroomName },
      key: { id: found.keyId, label: found.label },
      createdAt: found.createdAt,
      expiresAt: new Date(Date.parse(found.lastUsedAt) + SESSION_IDLE_MS).toISOString(),
    },
  };
}
