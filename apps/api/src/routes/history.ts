/**
 * The histories the data desk reviews: every revision of an organisation, of an admission record,
 * and of an organisation's cells, with who wrote it and the figures as they stood. Restoring one is a normal
 * write of those figures (see the descriptions), so it is itself a new revision and nothing is lost.
 */
import { AdmissionHistorySchema, CellHistorySchema, OrganizationHistorySchema } from '@chitieu/domain';
import { createRoute } from '@hono/zod-openapi';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { admissionHistory, cellCensusHistory, organizationHistory } from '../db/record-history.ts';
import { ApiException } from '../http/api-exception.ts';
import { NO_STORE } from '../http/cache-policy.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { ownedOrganization } from './organization-access.ts';
import { AdmissionParamsSchema, NoQuerySchema, OrganizationParamsSchema } from './organization-params.ts';
import { WRITE_SECURITY } from './write-docs.ts';

const WHO =
  'Each revision says who wrote it (`by`: the key id, its `label`, its newsroom; `actor` `admin` for the administrator; null for ' +
  'figures loaded with the database, such as the seed) and when. For the newsroom that maintains the organisation only (its key ' +
  'or its signed-in desk): the labels name its staff. Never cached.';

// Histories name people, so they are the newsroom's own: never kept by the edge cache or a browser cache.
const PRIVATE = { 'Cache-Control': NO_STORE };

export const history = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}/revisions',
      tags: ['Data desk'],
      summary: 'History of an organisation',
      description:
        `Every revision of the organisation (its name, kind, parent, validity and successors), newest first, each with \`record\` in ` +
        `the shape \`PUT\` takes. ${WHO} To restore revision N: \`PUT\` its \`record\` to \`/v1/organizations/{org}\` with ` +
        '`If-Match: "<the newest revision>"`; it becomes a new revision.',
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey()] as const,
      request: { params: OrganizationParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The revisions, newest first.', content: { 'application/json': { schema: OrganizationHistorySchema } } },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      await ownedOrganization(c, org);
      const revisions = await organizationHistory(c.var.db, org);
      if (revisions === null) throw new Error(`organisation ${org} vanished between two reads`);
      return c.json({ organization: org, revisions }, 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}/admissions/{period}/revisions',
      tags: ['Data desk'],
      summary: 'History of admissions of a year or term',
      description:
        `Every revision of the record, newest first, each with \`record\`: the figures as they stood, in the shape \`PUT\` takes, so two ` +
        `revisions compare field by field. ${WHO} To restore revision N: \`PUT\` its \`record\` to the record’s path with ` +
        '`If-Match: "<the newest revision>"`; it becomes a new revision (412 if someone wrote in between: read the history again). ' +
        'A revision with `deleted: true` took the record out of reads; its `record` holds the figures it took out.',
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey()] as const,
      request: { params: AdmissionParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The revisions, newest first.', content: { 'application/json': { schema: AdmissionHistorySchema } } },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { org, period } = c.req.valid('param');
      await ownedOrganization(c, org);
      const revisions = await admissionHistory(c.var.db, org, period);
      if (revisions === null) throw new ApiException(404, 'not_found', `"${org}" has no admissions for ${period}`);
      return c.json({ organization: org, period, revisions }, 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}/cells/revisions',
      tags: ['Data desk'],
      summary: 'History of the cells',
      description:
        'Every revision of the organisation’s cell censuses (the censuses of all days share one sequence of revisions), newest ' +
        `first, each with its day (\`asOf\`), term, cells and sources as they stood. ${WHO} To restore the census as revision N had ` +
        'it: `POST …/cells/revisions/N/restore` with `If-Match: "<the newest revision>"`; to restore one cell, `PUT` it (its fields, ' +
        'with `asOf` of the revision) to `…/cells/{cell}`. Either is a new revision.',
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey()] as const,
      request: { params: OrganizationParamsSchema, query: NoQuerySchema },
      responses: {
        200: {
          description: 'The revisions, newest first; empty when the organisation has no census yet.',
          content: { 'application/json': { schema: CellHistorySchema } },
        },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      await ownedOrganization(c, org);
      return c.json({ organization: org, revisions: await cellCensusHistory(c.var.db, org) }, 200, PRIVATE);
    },
  );
