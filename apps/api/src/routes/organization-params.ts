/** Path and query parameters shared by the organisation routes, checked with the domain's schemas. */
import { IsoDateSchema, PeriodSchema, RevisionTextSchema, SlugSchema } from '@chitieu/domain';
import { z } from '@hono/zod-openapi';

export const OrganizationParamsSchema = z.strictObject({ org: SlugSchema });

export const AdmissionParamsSchema = z.strictObject({ org: SlugSchema, period: PeriodSchema });

export const CellParamsSchema = z.strictObject({ org: SlugSchema, cell: SlugSchema });

/** Reads take no query parameters unless they say so; an unknown one is a 400, not silently ignored. */
export const NoQuerySchema = z.strictObject({});

const asOf = IsoDateSchema.optional().meta({
  description:
    'Figures as of this day (YYYY-MM-DD): the latest revision whose figures describe this day or an earlier one. ' +
    'A read about a day after the organisation closed says so in `succeededBy`.',
  example: '2024-12-31',
});

const revision = RevisionTextSchema.optional().meta({
  description: 'Exactly this revision (1, 2, …), as it was stored: what a published article pins. Answers never change, so they are cached for a year.',
  example: '1',
});

/** `?asOf=` or `?revision=` (not both): how a published embed pins its figures. */
export const ReadQuerySchema = z.strictObject({ asOf, revision }).refine((query) => query.asOf === undefined || query.revision === undefined, {
  message: 'give asOf or revision, not both',
  path: ['revision'],
});

/**
 * A ranking of subordinates is pinned by `?asOf=` only: each row has revisions of its own, so one
 * `revision` would name nothing; `?revision=` is refused (400) as an unknown parameter.
 */
export const RankingQuerySchema = z.strictObject({ asOf });

/** A cell's DELETE names the census by its day; the latest census when left out. */
export const CensusDayQuerySchema = z.strictObject({
  asOf: IsoDateSchema.optional().meta({ description: 'The day of the census to change; the latest census when absent.', example: '2024-12-31' }),
});
