/** /v1/newsrooms: the administrator creates newsrooms and issues, lists and revokes their keys. */
import { ApiKeyIdSchema, ApiKeyInputSchema, ApiKeySchema, IssuedApiKeySchema, NewsroomInputSchema, NewsroomSchema, SlugSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { issueApiKey, sha256Hex } from '../auth/api-key.ts';
import { requireAdmin } from '../auth/authenticate.ts';
import { actorOf } from '../auth/principal.ts';
import { createNewsroom, findNewsroom, insertApiKey, listApiKeys, revokeApiKey } from '../db/newsrooms.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { errorResponses } from '../http/error-responses.ts';
import { JSON_BODY_LIMIT, limitBody } from '../http/limit-body.ts';
import { bodyText } from '../http/body-text.ts';
import { createRouter } from '../http/router.ts';
import { NoQuerySchema } from './organization-params.ts';
import { ADMIN_SECURITY } from './write-docs.ts';

const NewsroomParamsSchema = z.strictObject({ newsroom: SlugSchema });
const KeyParamsSchema = z.strictObject({ newsroom: SlugSchema, id: ApiKeyIdSchema });
const ApiKeyListSchema = z.strictObject({ keys: z.array(ApiKeySchema) }).meta({ id: 'ApiKeyList' });

async function newsroomNamed(c: Context<AppEnv>, slug: string) {
  const found = await findNewsroom(c.var.db, slug);
  if (!found) throw new ApiException(404, 'not_found', `No newsroom named "${slug}"`);
  return found;
}

export const newsrooms = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/newsrooms',
      tags: ['Administration'],
      summary: 'Create a newsroom',
      description: 'Administrator only. The seed’s organisations belong to the newsroom `bao-lao-cai`, which always exists.',
      security: ADMIN_SECURITY,
      middleware: [requireAdmin(), limitBody(JSON_BODY_LIMIT)] as const,
      request: { query: NoQuerySchema, body: { required: true, content: { 'application/json': { schema: NewsroomInputSchema } } } },
      responses: {
        201: { description: 'Created.', content: { 'application/json': { schema: NewsroomSchema } } },
        ...errorResponses(400, 401, 403, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const input = bodyText(c.req.valid('json'));
      const created = await createNewsroom(c.var.db, input, actorOf(c.var.principal), new Date().toISOString());
      if (!created) throw new ApiException(409, 'conflict', `A newsroom named "${input.slug}" exists already`);
      return c.json(created, 201, { Location: `/v1/newsrooms/${created.slug}` });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/newsrooms/{newsroom}/keys',
      tags: ['Administration'],
      summary: 'Issue a key to a newsroom',
      description:
        'Administrator only. The answer is the only time the key is shown: only its SHA-256 is stored. The newsroom sends it ' +
        'as `Authorization: Bearer <key>` to write its organisations and figures, or pastes it once into the data desk ' +
        '(`POST /v1/sessions`). `label` names who holds it (a person or a desk, at most 100 characters after NFC): the audit ' +
        'log and the record histories show it beside every change the key makes.',
      security: ADMIN_SECURITY,
      middleware: [requireAdmin(), limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        params: NewsroomParamsSchema,
        query: NoQuerySchema,
        body: { required: true, content: { 'application/json': { schema: ApiKeyInputSchema } } },
      },
      responses: {
        201: { description: 'The key, shown once.', content: { 'application/json': { schema: IssuedApiKeySchema } } },
        ...errorResponses(400, 401, 403, 404, 413, 415, 429),
      },
    }),
    async (c) => {
      const { newsroom } = c.req.valid('param');
      const { label } = bodyText(c.req.valid('json'));
      const { id: newsroomId } = await newsroomNamed(c, newsroom);
      const { id, key } = issueApiKey();
      const at = new Date().toISOString();
      await insertApiKey(c.var.db, { id, hash: await sha256Hex(key), newsroomId, newsroom, label }, actorOf(c.var.principal), at);
      return c.json({ id, key, newsroom, label, createdAt: at }, 201, { Location: `/v1/newsrooms/${newsroom}/keys/${id}` });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/newsrooms/{newsroom}/keys',
      tags: ['Administration'],
      summary: 'List a newsroom’s keys',
      description: 'Administrator only. Ids and dates, never the keys.',
      security: ADMIN_SECURITY,
      middleware: [requireAdmin()] as const,
      request: { params: NewsroomParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The keys, oldest first, revoked ones included.', content: { 'application/json': { schema: ApiKeyListSchema } } },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { newsroom } = c.req.valid('param');
      const { id } = await newsroomNamed(c, newsroom);
      return c.json({ keys: await listApiKeys(c.var.db, id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/newsrooms/{newsroom}/keys/{id}',
      tags: ['Administration'],
      summary: 'Revoke a key',
      description: 'Administrator only. From now on the key gets 401, and so do the data-desk sessions signed in with it. Revoking it again changes nothing.',
      security: ADMIN_SECURITY,
      middleware: [requireAdmin()] as const,
      request: { params: KeyParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The key, with the time it was revoked.', content: { 'application/json': { schema: ApiKeySchema } } },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { newsroom, id } = c.req.valid('param');
      const found = await newsroomNamed(c, newsroom);
      const revoked = await revokeApiKey(c.var.db, { id: found.id, slug: newsroom }, id, actorOf(c.var.principal), new Date().toISOString());
      if (!revoked) throw new ApiException(404, 'not_found', `The newsroom "${newsroom}" has no key "${id}"`);
      return c.json(revoked, 200);
    },
  );
