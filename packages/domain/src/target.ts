/** Targets (chỉ tiêu): a single number or a range such as 90–100 a year. Pure data, no formatting. */
import { z } from 'zod';

const Count = z.number().int().nonnegative().max(1_000_000_000);

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
