/**
 * /v1/sessions: the data desk signs in with a newsroom key once and works with an HttpOnly session
 * cookie from then on, so the key never stays in the page (nor in localStorage).
 */
import { SESSION_IDLE_HOURS, SessionInputSchema, SessionSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { sha256Hex } from '../auth/api-key.ts';
import { verifyToken } from '../auth/authenticate.ts';
import { checkDeskRequest, DESK_HEADER } from '../auth/desk-request.ts';
import { authenticateSession, staleBefore } from '../auth/session-auth.ts';
import { nowMs } from '../http/clock.ts';
import { expiredSessionCookie, newSessionToken, sessionTokenOf } from '../auth/session-cookie.ts';
import { createSession, deleteSession } from '../db/sessions.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { errorResponses } from '../http/error-responses.ts';
import { JSON_BODY_LIMIT, limitBody } from '../http/limit-body.ts';
import { bodyText } from '../http/body-text.ts';
import { createRouter } from '../http/router.ts';
import { NoQuerySchema } from './organization-params.ts';
import { SESSION_SECURITY } from './write-docs.ts';

const DESK_HEADERS = z.object({
  [DESK_HEADER.toLowerCase()]: z
    .string()
    .optional()
    .meta({ description: 'Must be `1`: a page on another site cannot send it without a CORS preflight, which is never granted.', example: '1' }),
});

const SIGN_IN_CHECKS =
  `The request must come from the API’s own origin (its \`Origin\` header) and carry \`${DESK_HEADER}: 1\`; ` +
  'signed-in writes (any route of the tag “Data desk” without `Authorization`) need the same, and get 403 without them.';

/** The session the request's cookie names, or 401. */
async function currentSession(c: Context<AppEnv>) {
  const token = sessionTokenOf(c);
  if (token === null) {
    throw new ApiException(401, 'unauthorized', 'Nobody is signed in here.', { headers: { 'WWW-Authenticate': 'Bearer realm="chitieu"' } });
  }
  return { token, ...(await authenticateSession(c, token)) };
}

export const sessions = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/sessions',
      tags: ['Data desk'],
      summary: 'Sign in to the data desk with a key',
      description:
        'Exchanges a newsroom key (pasted once) for a session: an `HttpOnly`, `SameSite=Strict`, `Secure` cookie ' +
        '(`__Host-chitieu_session`; on 127.0.0.1 and localhost `chitieu_session`, without `Secure`), whose token is stored ' +
        `only as a hash. The session acts with the key’s rights and ends when signed out, after ${SESSION_IDLE_HOURS} hours without ` +
        `a request (each request moves that on), or when the key is revoked. ${SIGN_IN_CHECKS} A wrong key counts as a failed key ` +
        'check toward the address’s limit (429 after 10 a minute). The administrator token cannot sign in (403).',
      middleware: [limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        query: NoQuerySchema,
        headers: DESK_HEADERS,
        body: { required: true, content: { 'application/json': { schema: SessionInputSchema } } },
      },
      responses: {
        201: {
          description: 'Signed in: the cookie is in Set-Cookie; the body says who, never the key.',
          content: { 'application/json': { schema: SessionSchema } },
        },
        ...errorResponses(400, 401, 403, 413, 415, 429),
      },
    }),
    async (c) => {
      checkDeskRequest(c);
      const { key } = bodyText(c.req.valid('json'));
      const principal = await verifyToken(c, key);
      if (principal.kind !== 'newsroom') {
        throw new ApiException(403, 'forbidden', 'The data desk signs in with a newsroom key; the administrator token only manages newsrooms and keys.');
      }
      const token = newSessionToken();
      const now = nowMs(c.env);
      const at = new Date(now).toISOString();
      await createSession(c.var.db, { tokenHash: await sha256Hex(token), keyId: principal.keyId, at, staleBefore: staleBefore(now) });
      // Read back through the one path every later request takes (it also sets the cookie).
      const { session } = await authenticateSession(c, token);
      return c.json(session, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sessions/current',
      tags: ['Data desk'],
      summary: 'Who is signed in',
      description: 'The newsroom and the key’s label of the session the cookie names (never the key). Using it moves the session’s expiry on.',
      security: SESSION_SECURITY,
      request: { query: NoQuerySchema },
      responses: {
        200: { description: 'The session.', content: { 'application/json': { schema: SessionSchema } } },
        ...errorResponses(400, 401),
      },
    }),
    async (c) => c.json((await currentSession(c)).session, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/sessions/current',
      tags: ['Data desk'],
      summary: 'Sign out',
      description: `Ends the session and clears its cookie. ${SIGN_IN_CHECKS}`,
      security: SESSION_SECURITY,
      request: { query: NoQuerySchema, headers: DESK_HEADERS },
      responses: {
        204: { description: 'Signed out.' },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { token } = await currentSession(c);
      await deleteSession(c.var.db, await sha256Hex(token));
      c.header('Set-Cookie', expiredSessionCookie(c));
      return c.body(null, 204);
    },
  );
