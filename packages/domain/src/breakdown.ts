/**
 * Breakdowns of admitted members (youth, women, ethnic minority, non-state enterprise) as the source
 * states them: an exact count, or only bounds ("hơn 60%"). Never turns a bound into a count.
 */
import { z } from 'zod';
import { normalizedTextSchema } from './normalized-text.ts';

export const BREAKDOWN_KEYS = ['youth', 'women', 'ethnicMinority', 'nonStateEnterprise'] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** A group's value with `note` checked by `note` (the write's limits, or none for what is stored). */
function breakdownValueSchema(note: z.ZodType<string>) {
  return z
    .strictObject({
      unit: z.enum(['members', 'share']),
      exact: z.number().nonnegative().nullable().default(null),
      min: z.number().nonnegative().nullable().default(null),
      max: z.number().nonnegative().nullable().default(null),
      minExclusive: z.boolean().default(false),
      maxExclusive: z.boolean().default(false),
      /** What the source adds in words, e.g. the enterprise the members came from. */
      note: note.nullable().default(null),
    })
    .refine((v) => v.exact !== null || v.min !== null || v.max !== null, {
      message: 'give an exact value or at least one bound',
      path: ['exact'],
    })
    .refine((v) => v.exact === null || (v.min === null && v.max === null), {
      message: 'an exact value cannot also have bounds',
      path: ['exact'],
    })
    .refine((v) => v.min === null || v.max === null || v.min <= v.max, { message: 'min must not exceed max', path: ['min'] })
    .refine((v) => v.unit !== 'share' || [v.exact, v.min, v.max].every((x) => x === null || x <= 1), {
      message: 'a share is a fraction between 0 and 1',
      path: ['unit'],
    })
    .refine((v) => v.unit !== 'members' || [v.exact, v.min, v.max].every((x) => x === null || Number.isInteger(x)), {
      message: 'a member count is a whole number',
      path: ['unit'],
    });
}

/**
 * What a source says about one group. `unit: 'members'` counts people, `unit: 'share'` is a fraction
 * of the admitted (0..1). Either `exact`, or at least one bound. "More than 60%" is
 * `{ unit: 'share', min: 0.6, minExclusive: true }`.
 */
export const BreakdownValueSchema = breakdownValueSchema(normalizedTextSchema(500, { min: 0 })).meta({ id: 'BreakdownValue' });

export type BreakdownValue = z.infer<typeof BreakdownValueSchema>;

export const BreakdownSchema = z
  .strictObject({
    youth: BreakdownValueSchema.optional(),
    women: BreakdownValueSchema.optional(),
    ethnicMinority: BreakdownValueSchema.optional(),
    nonStateEnterprise: BreakdownValueSchema.optional(),
  })
  .meta({ id: 'Breakdown' });

export type Breakdown = z.infer<typeof BreakdownSchema>;

const StoredBreakdownValueSchema = breakdownValueSchema(z.string()).meta({ id: 'StoredBreakdownValue' });

/** A breakdown as reads serve it: its notes as stored, whatever the limits were when they were written. */
export const StoredBreakdownSchema = z
  .strictObject({
    youth: StoredBreakdownValueSchema.optional(),
    women: StoredBreakdownValueSchema.optional(),
    ethnicMinority: StoredBreakdownValueSchema.optional(),
    nonStateEnterprise: StoredBreakdownValueSchema.optional(),
  })
  .meta({ id: 'StoredBreakdown' });
