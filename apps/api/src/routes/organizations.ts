/** /v1/organizations: party organisations, their validity, successors and newsroom; one written (created, changed, closed). */
import { grassrootsWarning, OrganizationInputSchema, OrganizationRecordSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { actorOf, newsroomOf } from '../auth/principal.ts';
import { grassrootsFigures } from '../db/grassroots-figures.ts';
import { changedFields, referenceIssues, saveOrganization } from '../db/organization-writes.ts';
import { findOrganizations } from '../db/organization-directory.ts';
import { admissionPeriods, findOrganization } from '../db/organizations.ts';
import { withRetries } from '../db/write-guard.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses, WRITE_ERRORS } from '../http/error-responses.ts';
import { checkPrecondition, parsePrecondition, revisionEtag } from '../http/if-match.ts';
import { invalidateReads } from '../http/invalidate-reads.ts';
import { JSON_BODY_LIMIT, limitBody } from '../http/limit-body.ts';
import { bodyText } from '../http/body-text.ts';
import { createRouter } from '../http/router.ts';
import { vietnamDay } from '../http/today.ts';
import { directoryQuery, DirectoryQuerySchema, encodeCursor } from './directory-query.ts';
import { unprocessable } from './organization-access.ts';
import { organizationNotFound } from './organization-not-found.ts';
import { NoQuerySchema, OrganizationParamsSchema } from './organization-params.ts';
import { CHECKED_BY_RULES, WRITE_HEADERS, WRITE_SECURITY } from './write-docs.ts';
import { OrganizationWriteResponseSchema } from './write-responses.ts';

const OrganizationListSchema = z
  .strictObject({
    organizations: z.array(OrganizationRecordSchema),
    nextCursor: z.string().nullable().meta({ description: 'The `cursor` of the next page; null on the last (and without parameters).' }),
  })
  .meta({ id: 'OrganizationList' });

export const organizations = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      tags: ['Organizations'],
      summary: 'Find organisations',
      description:
        'The directory, in slug order, each organisation with its `parent` so a list can nest them. `q` searches names ignoring ' +
        'diacritics and case; the filters combine. Any parameter pages the answer (`limit`, 50 by default, at most 200; then ' +
        '`cursor=<nextCursor>` until `nextCursor` is null). Without parameters the answer is every organisation on one page, as ' +
        'before paging existed. Answers are cached for a minute, so an organisation written just now may take that long to be found.',
      request: { query: DirectoryQuerySchema },
      responses: {
        200: { description: 'A page of organisations, by slug.', content: { 'application/json': { schema: OrganizationListSchema } } },
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { organizations, more } = await findOrganizations(c.var.db, directoryQuery(c.req.valid('query'), vietnamDay()));
      const last = organizations.at(-1);
      return c.json({ organizations, nextCursor: more && last ? encodeCursor(last.slug) : null }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}',
      tags: ['Organizations'],
      summary: 'One organisation',
      description: 'Includes its validity period, the organisations that succeeded it after a merger, the newsroom that maintains it, and its revision.',
      request: { params: OrganizationParamsSchema, query: NoQuerySchema },
      responses: {
        200: { description: 'The organisation.', content: { 'application/json': { schema: OrganizationRecordSchema } } },
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      const organization = await findOrganization(c.var.db, org);
      if (!organization) throw organizationNotFound(org);
      return c.json(organization.record, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/organizations/{org}',
      tags: ['Data desk'],
      summary: 'Create, change or close an organisation',
      description:
        'The body is the read without what the server keeps (`slug`, which is the path, `newsroom`, `revision`, `updatedAt`). ' +
        'A new organisation belongs to the key’s newsroom; only that newsroom’s keys may change it or write its figures. ' +
        'Closing one (the 2025 mergers) is writing its last day, `validTo`, and the `successors` that took over (they must ' +
        'exist: write them first). Reads about a later day then answer `succeededBy`. `If-Match` works as for the figures.' +
        CHECKED_BY_RULES,
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey(), limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        params: OrganizationParamsSchema,
        headers: WRITE_HEADERS,
        body: { required: true, content: { 'application/json': { schema: OrganizationInputSchema } } },
      },
      responses: {
        200: {
          description: 'Updated (or unchanged), with the warnings. ETag: its revision.',
          content: { 'application/json': { schema: OrganizationWriteResponseSchema } },
        },
        201: {
          description: 'Created, for the key’s newsroom, with the warnings.',
          content: { 'application/json': { schema: OrganizationWriteResponseSchema } },
        },
        ...errorResponses(...WRITE_ERRORS),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      const input = bodyText(c.req.valid('json'));
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const principal = newsroomOf(c);
      const db = c.var.db;
      const issues = await referenceIssues(db, org, input);
      if (issues.length > 0) throw unprocessable(issues);
      const { created, revision, organizationId } = await withRetries(
        async () => {
          const current = await findOrganization(db, org);
          if (current && current.newsroomId !== principal.newsroomId) {
            throw new ApiException(
              403,
              'forbidden',
              `"${org}" is maintained by the newsroom "${current.record.newsroom}"; this key belongs to "${principal.newsroom}".`,
            );
          }
          checkPrecondition(precondition, current && { revision: current.record.revision, exists: true });
          if (current && changedFields(current.record, input).length === 0) {
            return { created: false, revision: current.record.revision, organizationId: current.id };
          }
          const at = new Date().toISOString();
          const revision = await saveOrganization(db, { slug: org, input, current, newsroomId: principal.newsroomId, actor: actorOf(principal), at });
          return { created: current === null, revision, organizationId: current?.id ?? null };
        },
        () => new ApiException(409, 'conflict', 'Other writes kept changing this organisation; read it again and retry.'),
      );
      const stored = await findOrganization(db, org);
      if (!stored) throw new Error(`organisation ${org} missing right after its write`);
      // Its name and closing show in every read of its figures.
      const periods = organizationId === null ? [] : await admissionPeriods(db, organizationId);
      await invalidateReads(c, [
        '/v1/organizations',
        `/v1/organizations/${org}`,
        `/v1/organizations/${org}/cells`,
        ...periods.map((period) => `/v1/organizations/${org}/admissions/${period}`),
      ]);
      const headers = { ETag: revisionEtag(revision), ...(created ? { Location: `/v1/organizations/${org}` } : {}) };
      const grassroots = organizationId === null ? null : grassrootsWarning(input.kind, await grassrootsFigures(db, organizationId, null), ['body', 'kind']);
      const body = { ...stored.record, warnings: grassroots ? [grassroots] : [] };
      return created ? c.json(body, 201, headers) : c.json(body, 200, headers);
    },
  );
