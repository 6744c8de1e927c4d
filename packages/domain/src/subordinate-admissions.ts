/** The ranking read: every subordinate organisation's admissions in a period, the parent's own total, and their sum and difference. */
import { z } from 'zod';
import { AdmissionResponseSchema } from './admission.ts';
import { IsoDateSchema } from './date.ts';
import { OrganizationRefSchema } from './organization.ts';
import { PeriodSchema } from './period.ts';
import { TimestampSchema } from './revision.ts';
import { SuccessionSchema } from './succession.ts';
import { subordinateTotals } from './subordinate-totals.ts';
import { CountSchema, TargetSchema } from './target.ts';

/** The most subordinates a ranking read lists: more than any province has districts and blocs. */
export const MAX_SUBORDINATES = 200;

/** One subordinate organisation in the ranking: its admissions read for the period, or null when it has no figures (never a zero). */
export const SubordinateAdmissionsSchema = z
  .strictObject({
    organization: OrganizationRefSchema,
    /** The admissions read of the period, as `GET …/admissions/{period}` answers it; null: no figures for the period. */
    admissions: AdmissionResponseSchema.nullable(),
    /** The organisation had closed by the day the read is about (a merger), even when it has no figures. */
    succeededBy: SuccessionSchema.nullable(),
  })
  .meta({ id: 'SubordinateAdmissions' });

export type SubordinateAdmissions = z.infer<typeof SubordinateAdmissionsSchema>;

/** The subordinates' figures added up (see subordinateTotals). */
export const AdmissionSumSchema = z
  .strictObject({
    admitted: CountSchema.nullable().meta({ description: 'Admitted by the subordinates that have figures; null when none has.' }),
    target: TargetSchema.nullable().meta({ description: 'Their targets added up; null unless every subordinate with figures states one.' }),
    reporting: z.number().int().nonnegative().meta({ description: 'How many subordinates have figures for the period.' }),
    count: z.number().int().nonnegative().meta({ description: 'How many subordinates there are in the period.' }),
  })
  .meta({ id: 'AdmissionSum' });

/** The parent's own figures less the subordinates' sum, when they disagree. */
export const AdmissionDifferenceSchema = z
  .strictObject({
    admitted: z.number().int(),
    target: z
      .strictObject({ min: z.number().int(), max: z.number().int() })
      .nullable()
      .meta({ description: 'The parent’s target less the summed targets; null unless both are known.' }),
  })
  .meta({
    id: 'AdmissionDifference',
    description: 'The organisation’s own figures less the subordinates’ sum, stated as they are and never reconciled; null when they agree.',
  });

/**
 * `GET /v1/organizations/{org}/subordinates/admissions/{period}`: what `<party-target-ranking>` draws.
 *
 * @example { organization: { slug: 'tinh-a', name: 'Đảng bộ tỉnh A' }, period: '2024', asOf: null, total: {…}, subordinates: [{…}, …], sum: {…}, difference: null, updatedAt: '…', succeededBy: null }
 */
export const SubordinateAdmissionsResponseSchema = z
  .strictObject({
    /** The parent organisation. */
    organization: OrganizationRefSchema,
    period: PeriodSchema,
    /** The day the read is pinned to (`?asOf=`), or null for the current figures. */
    asOf: IsoDateSchema.nullable(),
    /** The parent's own admissions read of the period, its total as a source states it; null when none is stored. */
    total: AdmissionResponseSchema.nullable(),
    /** Every organisation whose parent it is and that existed during the period, by name. */
    subordinates: z.array(SubordinateAdmissionsSchema).max(MAX_SUBORDINATES),
    sum: AdmissionSumSchema,
    difference: AdmissionDifferenceSchema.nullable(),
    /** The latest change of any record shown; null when none is. */
    updatedAt: TimestampSchema.nullable(),
    /** The parent had closed by the day the read is about. */
    succeededBy: SuccessionSchema.nullable(),
  })
  .meta({ id: 'SubordinateAdmissionsResponse' });

export type SubordinateAdmissionsResponse = z.infer<typeof SubordinateAdmissionsResponseSchema>;

/**
 * The ranking read from its parts, with the sum, the difference and the latest change computed here
 * so the API and every fixture answer alike.
 *
 * @example subordinateAdmissionsResponse({ organization, period: '2024', asOf: null, total: null, subordinates, succeededBy: null }).sum
 */
export function subordinateAdmissionsResponse(parts: Omit<SubordinateAdmissionsResponse, 'sum' | 'difference' | 'updatedAt'>): SubordinateAdmissionsResponse {
  const { sum, difference } = subordinateTotals(
    parts.total,
    parts.subordinates.map((row) => row.admissions),
  );
  const changes = [parts.total, ...parts.subordinates.map((row) => row.admissions)].flatMap((read) => (read?.updatedAt ? [read.updatedAt] : []));
  return {
    organization: parts.organization,
    period: parts.period,
    asOf: parts.asOf,
    total: parts.total,
    subordinates: parts.subordinates,
    sum,
    difference,
    updatedAt: changes.length === 0 ? null : changes.reduce((latest, at) => (at > latest ? at : latest)),
    succeededBy: parts.succeededBy,
  };
}
