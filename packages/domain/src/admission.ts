/** Admission (kết nạp) records: how many new members an organisation admitted in a period, against what target. */
import { z } from 'zod';
import { BreakdownSchema, StoredBreakdownSchema } from './breakdown.ts';
import { IsoDateSchema } from './date.ts';
import { OrganizationRefSchema } from './organization.ts';
import { PeriodSchema, TermSchema } from './period.ts';
import { recordFields } from './record-fields.ts';
import { SourceSchema, StoredSourceSchema } from './source.ts';
import { CountSchema as Count, TargetSchema } from './target.ts';

/** Members admitted since the start of a term, up to this record's as-of date (lũy kế từ đầu nhiệm kỳ). */
export const TermToDateSchema = z.strictObject({ term: TermSchema, admitted: Count }).meta({ id: 'TermToDate' });

/**
 * The record as the data desk writes it: everything but what the server computes.
 *
 * @example { admitted: 53, target: { min: 20, max: 20 }, asOf: '2024-12-31', sources: [...] }
 */
export const AdmissionInputSchema = z
  .strictObject({
    admitted: Count,
    /** null when the source states no target. */
    target: TargetSchema.nullable().default(null),
    breakdown: BreakdownSchema.default({}),
    termToDate: TermToDateSchema.nullable().default(null),
    /** Total membership of the organisation at `asOf`; null when unknown. */
    totalMembers: Count.nullable().default(null),
    asOf: IsoDateSchema,
    sources: z.array(SourceSchema).min(1).max(20),
  })
  .meta({ id: 'AdmissionInput' });

export type AdmissionInput = z.infer<typeof AdmissionInputSchema>;

/** Where the achieved value stands against the target. For a range, `within` means min ≤ value ≤ max. */
export const PROGRESS_STATUSES = ['above', 'within', 'below'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Progress against a target, computed by `progress()`; null fields when there is no target. */
export const ProgressSchema = z
  .strictObject({
    /** achieved − target (against max when above a range, against min when below); 0 within a range. */
    delta: z.number().int(),
    /** achieved ÷ target (the max of a range when above it, else the min); null when the target is 0. */
    ratio: z.number().nonnegative().nullable(),
    status: z.enum(PROGRESS_STATUSES),
  })
  .meta({ id: 'Progress' });

export type Progress = z.infer<typeof ProgressSchema>;

/** The admissions read that embeds use: the record plus what the server computes. */
export const AdmissionResponseSchema = z
  .strictObject({
    organization: OrganizationRefSchema,
    period: PeriodSchema,
    admitted: Count,
    target: TargetSchema.nullable(),
    /** Same as progress.delta, or null without a target. */
    delta: z.number().int().nullable(),
    progress: ProgressSchema.nullable(),
    breakdown: StoredBreakdownSchema,
    termToDate: TermToDateSchema.nullable(),
    totalMembers: Count.nullable(),
    asOf: IsoDateSchema,
    sources: z.array(StoredSourceSchema),
    ...recordFields,
  })
  .meta({ id: 'AdmissionResponse' });

export type AdmissionResponse = z.infer<typeof AdmissionResponseSchema>;
