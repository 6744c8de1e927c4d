/** Targets (chỉ tiêu): a single number or a range such as 90–100 a year. Pure data, no formatting. */
import { z } from 'zod';

/** The largest count a record may hold: no party organisation comes near it, and it keeps sums exact. */
export const MAX_COUNT = 1_000_000_000;

/** A count of members: a whole number from 0 to MAX_COUNT. */
export const CountSchema = z.number().int().nonnegative().max(MAX_COUNT);
const Count = CountSchema;

/**
 * A target as an inclusive range; a single target has `min === max`.
 *
 * @example { min: 20, max: 20 }  // "chỉ tiêu 20"
 * @example { min: 90, max: 100 } // "chỉ tiêu 90–100"
 */
export const TargetSchema = z
  .strictObject({ min: Count, max: Count })
  .refine((target) => target.min <= target.max, { message: 'min must not exceed max', path: ['min'] })
  .meta({ id: 'Target' });

export type Target = z.infer<typeof TargetSchema>;
