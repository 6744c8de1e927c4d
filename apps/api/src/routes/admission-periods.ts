/** GET /v1/organizations/{org}/admissions: which years and terms an organisation has admissions for, so a page can list them all. */
import { IsoDateSchema, OrganizationRefSchema, RevisionSchema, TargetSchema, TimestampSchema } from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { listAdmissionPeriods } from '../db/admission-periods.ts';
import { findOrganization } from '../db/organizations.ts';
import { errorResponses } from '../http/error-responses.ts';
import { createRouter } from '../http/router.ts';
import { organizationNotFound } from './organization-not-found.ts';
import { NoQuerySchema, OrganizationParamsSchema } from './organization-params.ts';

const AdmissionPeriodSchema = z
  .strictObject({
    period: z.string().meta({ description: 'A year (`2024`) or a term (`2020-2025`).', example: '2024' }),
    admitted: z.number().int().nonnegative(),
    target: TargetSchema.nullable(),
    asOf: IsoDateSchema,
    revision: RevisionSchema,
    updatedAt: TimestampSchema,
    deleted: z.boolean().meta({ description: 'Taken out of reads by a DELETE; its history keeps it, and writing it again brings it back.' }),
  })
  .meta({ id: 'AdmissionPeriod' });

const AdmissionPeriodListSchema = z
  .strictObject({ organization: OrganizationRefSchema, admissions: z.array(AdmissionPeriodSchema) })
  .meta({ id: 'AdmissionPeriodList' });

export const admissionPeriods = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/organizations/{org}/admissions',
    tags: ['Organizations'],
    summary: 'The periods with admissions',
    description:
      'Every year (`2024`) and term (`2020-2025`) the organisation has an admission record for, the latest first, each with its ' +
      'figures in brief, its current `revision` and `updatedAt`; a deleted record is listed with `deleted: true`. Read one with ' +
      '`…/admissions/{period}`. Public and cached like the reads (a write retires it at once).',
    request: { params: OrganizationParamsSchema, query: NoQuerySchema },
    responses: {
      200: { description: 'The periods, the latest first.', content: { 'application/json': { schema: AdmissionPeriodListSchema } } },
      ...errorResponses(400, 404),
    },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    const organization = await findOrganization(c.var.db, org);
    if (!organization) throw organizationNotFound(org);
    const admissions = await listAdmissionPeriods(c.var.db, organization.id);
    return c.json({ organization: { slug: organization.record.slug, name: organization.record.name }, admissions }, 200);
  },
);
