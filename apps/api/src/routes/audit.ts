/** GET /v1/audit: who (which key) changed what and when, newest first. Administrator only. */
import { AuditLogSchema, SlugSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/authenticate.ts';
import { listAudit } from '../db/audit-log.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { ADMIN_SECURITY } from './write-docs.ts';

const DEFAULT_LIMIT = 100;

const AuditQuerySchema = z.strictObject({
  organization: SlugSchema.optional().meta({ description: 'Only changes of this organisation and its figures.', example: 'muong-khuong' }),
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, { message: 'must be an entry id' })
    .optional()
    .meta({ description: 'Only entries older than this id: the `next` of the previous page.' }),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, { message: 'must be a number from 1 to 500' })
    .refine((text) => Number(text) <= 500, { message: 'must be a number from 1 to 500' })
    .optional()
    .meta({ description: `Entries per page, at most 500 (${DEFAULT_LIMIT} by default).` }),
});

export const audit = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    tags: ['Administration'],
    summary: 'The audit log',
    description:
      'Administrator only. Every change: the key id (or `admin`) that made it, the key’s `label` (who holds it), its newsroom, what changed, ' +
      'the revision it made, and when.',
    security: ADMIN_SECURITY,
    middleware: [requireAdmin()] as const,
    request: { query: AuditQuerySchema },
    responses: {
      200: { description: 'A page of entries, newest first.', content: { 'application/json': { schema: AuditLogSchema } } },
      ...errorResponses(400, 401, 403, 429),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const page = await listAudit(c.var.db, {
      organization: query.organization ?? null,
      before: query.before === undefined ? null : Number(query.before),
      limit: query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit),
    });
    return c.json(page, 200);
  },
);
