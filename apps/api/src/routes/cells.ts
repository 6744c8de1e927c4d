/** GET /v1/organizations/{org}/cells: an organisation's cells and their committee status, as of a date. */
import { CellsResponseSchema, countStatuses, type CellsResponse } from '@chitieu/domain';
import { createRoute } from '@hono/zod-openapi';
import { findCellCensus } from '../db/cell-censuses.ts';
import { findOrganization } from '../db/organizations.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { organizationNotFound } from './organization-not-found.ts';
import { CellsQuerySchema, OrganizationParamsSchema } from './organization-params.ts';

export const cells = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/organizations/{org}/cells',
    tags: ['Embeds'],
    summary: 'Cells and their committee status',
    description:
      'What the cell map shows: every cell (chi bộ) of the organisation with its kind and cell-committee status in the term, ' +
      'counts per status, and the sources, from the latest census on or before `asOf`. Unnamed cells have `name: null`. ' +
      'Public and cacheable: CORS `*`, strong ETag, one minute fresh.',
    request: { params: OrganizationParamsSchema, query: CellsQuerySchema },
    responses: {
      200: { description: 'The census.', content: { 'application/json': { schema: CellsResponseSchema } } },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    const census = await findCellCensus(c.var.db, org, asOf ?? null);
    if (!census) {
      if (!(await findOrganization(c.var.db, org))) throw organizationNotFound(org);
      throw new ApiException(404, 'not_found', asOf ? `No cell census of "${org}" on or before ${asOf}` : `No cell census of "${org}"`);
    }
    const body: CellsResponse = {
      organization: census.organization,
      term: census.term,
      asOf: census.asOf,
      cells: census.cells,
      counts: countStatuses(census.cells),
      total: census.cells.length,
      sources: census.sources,
    };
    return c.json(body, 200);
  },
);
