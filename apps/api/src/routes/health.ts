/** GET /v1/health: the Worker is up. Touches no binding, so it says nothing about D1. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../http/error-responses.ts';
import { NO_STORE } from '../http/cache-policy.ts';
import { createRouter } from '../http/router.ts';
import { NoQuerySchema } from './organization-params.ts';

const HealthSchema = z.strictObject({ status: z.literal('ok') }).meta({ id: 'Health' });

export const health = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['Service'],
    summary: 'Liveness check',
    request: { query: NoQuerySchema },
    responses: {
      200: { description: 'The Worker answers.', content: { 'application/json': { schema: HealthSchema } } },
      ...errorResponses(400),
    },
  }),
  (c) => c.json({ status: 'ok' as const }, 200, { 'Cache-Control': NO_STORE }),
);
