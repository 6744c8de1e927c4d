/**
 * The data desk's session cookie: a random token the browser keeps and the page's scripts cannot read
 * (HttpOnly), sent only to this site (SameSite=Strict) and only over HTTPS (Secure, and the `__Host-`
 * name that forbids a Domain), except on 127.0.0.1 and localhost where `npm start` serves plain HTTP.
 */
import { SESSION_IDLE_HOURS } from '@chitieu/domain';
import type { Context } from 'hono';
import { generateCookie, getCookie, setCookie } from 'hono/cookie';

const NAME = 'chitieu_session';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether the cookie may be sent over plain HTTP: only on a developer's own machine. */
function isLocal(c: Context): boolean {
  return LOCAL_HOSTS.has(new URL(c.req.url).hostname);
}

/** The cookie's name: `__Host-chitieu_session` wherever it is Secure, which browsers enforce for that prefix. */
function sessionCookieName(c: Context): string {
  return isLocal(c) ? NAME : `__Host-${NAME}`;
}

/** A new session token: 256 random bits, base64url. Store only its SHA-256. */
export function newSessionToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The session token the request carries, or null (none, or not the shape of one). */
export function sessionTokenOf(c: Context): string | null {
  const token = getCookie(c, sessionCookieName(c));
  return token !== undefined && TOKEN.test(token) ? token : null;
}

/** Sets (or renews) the cookie for another 12 hours; the server's own expiry is what counts. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: !isLocal(c),
    maxAge: SESSION_IDLE_HOURS * 60 * 60,
  });
}

/** The Set-Cookie value that makes the browser forget the cookie (on sign-out, and when its session has ended). */
export function expiredSessionCookie(c: Context): string {
  return generateCookie(sessionCookieName(c), '', { httpOnly: true, sameSite: 'Strict', path: '/', secure: !isLocal(c), maxAge: 0 });
}
