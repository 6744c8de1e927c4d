/** GET /v1/organizations and /v1/organizations/{org}: party organisations, their validity and successors. */
import { OrganizationSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { findOrganization, listOrganizations } from '../db/organizations.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { organizationNotFound } from './organization-not-found.ts';
import { NoQuerySchema, OrganizationParamsSchema } from './organization-params.ts';

const OrganizationListSchema = z.strictObject({ organizations: z.array(OrganizationSchema) }).meta({ id: 'OrganizationList' });

export const organizations = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      tags: ['Organizations'],
      summary: 'All organisations',
      request: { query: NoQuerySchema },
      responses: {
        200: { description: 'Every organisation, by slug.', content: { 'application/json': { schema: OrganizationListSchema } } },
        ...errorResponses(400),
      },
    }),
    async (c) => c.json({ organizations: await listOrganizations(c.var.db) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}',
      tags: ['Organizations'],
      summary: 'One organisation',
      description: 'Includes its validity period and, after a merger, the organisations that succeeded it.',
      request: { params: OrganizationParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The organisation.', content: { 'application/json': { schema: OrganizationSchema } } },
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      const organization = await findOrganization(c.var.db, org);
      if (!organization) throw organizationNotFound(org);
      return c.json(organization, 200);
    },
  );
