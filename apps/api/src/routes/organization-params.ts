/** Path and query parameters shared by the organisation routes, checked with the domain's schemas. */
import { IsoDateSchema, PeriodSchema, SlugSchema } from '@chitieu/domain';
import { z } from '@hono/zod-openapi';

export const OrganizationParamsSchema = z.strictObject({ org: SlugSchema });

export const AdmissionParamsSchema = z.strictObject({ org: SlugSchema, period: PeriodSchema });

/** Reads take no query parameters unless they say so; an unknown one is a 400, not silently ignored. */
export const NoQuerySchema = z.strictObject({});

export const CellsQuerySchema = z.strictObject({
  asOf: IsoDateSchema.optional().meta({
    description: 'Use the latest census on or before this day (YYYY-MM-DD); the latest of all when absent.',
    example: '2024-12-31',
  }),
});
