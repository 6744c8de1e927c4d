/** /v1/organizations/{org}/subordinates/admissions/{period}: every subordinate organisation's admissions in a period, for the ranking. */
import { SubordinateAdmissionsResponseSchema } from '@chitieu/domain';
import { CURRENT, readSubordinateAdmissions } from '@chitieu/embed';
import { createRoute } from '@hono/zod-openapi';
import { figureStore } from '../db/figure-store.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { vietnamDay } from '../http/today.ts';
import { AdmissionParamsSchema, RankingQuerySchema } from './organization-params.ts';

export const subordinateAdmissions = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/organizations/{org}/subordinates/admissions/{period}',
    tags: ['Embeds'],
    summary: 'Admissions of every subordinate organisation in a year or term',
    description:
      'What the ranking (`<party-target-ranking>`) shows, in one request: each organisation whose parent is `org` and that existed ' +
      'at some time in the period (a district merged mid-year included, with `succeededBy`), in name order, with its admissions read ' +
      'of the period, or `admissions: null` when it has no figures (never a zero). `total` is the organisation’s own record, as a ' +
      'source states it; `sum` adds up the subordinates that have figures (`reporting` of `count`); `difference` is the total less ' +
      'the sum when they disagree, stated and never reconciled. Pinned with `?asOf=` (every row as of that day; the list of ' +
      'subordinates is the current one); there is no `?revision=`, since each row has revisions of its own. ' +
      'Public and cacheable like the other reads: CORS `*`, strong ETag, one minute fresh; a write to a subordinate refreshes it at once.',
    request: { params: AdmissionParamsSchema, query: RankingQuerySchema },
    responses: {
      200: { description: 'The subordinates and their admissions.', content: { 'application/json': { schema: SubordinateAdmissionsResponseSchema } } },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const { org, period } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    const selector = asOf === undefined ? CURRENT : ({ kind: 'asOf', asOf } as const);
    const read = await readSubordinateAdmissions(figureStore(c.var.db), org, period, selector, vietnamDay());
    if (!read.ok) throw new ApiException(404, 'not_found', read.notFound);
    return c.json(read.body, 200);
  },
);
