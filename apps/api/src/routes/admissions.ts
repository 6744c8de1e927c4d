/** GET /v1/organizations/{org}/admissions/{period}: members admitted in a year or term, against the target. */
import { AdmissionResponseSchema, progress, type AdmissionResponse } from '@chitieu/domain';
import { createRoute } from '@hono/zod-openapi';
import { findAdmissionRecord } from '../db/admission-records.ts';
import { findOrganization } from '../db/organizations.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { organizationNotFound } from './organization-not-found.ts';
import { AdmissionParamsSchema, NoQuerySchema } from './organization-params.ts';

export const admissions = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/organizations/{org}/admissions/{period}',
    tags: ['Embeds'],
    summary: 'Admissions in a year or term',
    description:
      'What the target gauge shows: members admitted (kết nạp) in a year (`2024`) or a term (`2020-2025`), the target, ' +
      'the overshoot or shortfall (`delta`, `progress`), what the source says about who was admitted, and the sources. ' +
      'Public and cacheable: CORS `*`, strong ETag, one minute fresh.',
    request: { params: AdmissionParamsSchema, query: NoQuerySchema },
    responses: {
      200: { description: 'The admission record.', content: { 'application/json': { schema: AdmissionResponseSchema } } },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const { org, period } = c.req.valid('param');
    const record = await findAdmissionRecord(c.var.db, org, period);
    if (!record) {
      if (!(await findOrganization(c.var.db, org))) throw organizationNotFound(org);
      throw new ApiException(404, 'not_found', `No admissions of "${org}" recorded for ${period}`);
    }
    const computed = progress(record.admitted, record.target);
    const body: AdmissionResponse = {
      organization: record.organization,
      period: record.period,
      admitted: record.admitted,
      target: record.target,
      delta: computed?.delta ?? null,
      progress: computed,
      breakdown: record.breakdown,
      termToDate: record.termToDate,
      totalMembers: record.totalMembers,
      asOf: record.asOf,
      sources: record.sources,
    };
    return c.json(body, 200);
  },
);
