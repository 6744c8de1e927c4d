/** Calendar dates on the wire: ISO `YYYY-MM-DD`, validated as real dates. Knows nothing of time zones. */
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is an ISO `YYYY-MM-DD` string naming a real calendar day (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // A day past the month's end rolls into the next month, and Date.UTC maps years 0–99 to 1900–1999:
  // either way the day the Date holds is written differently.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

/** A calendar day such as `2024-12-31`. */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' })
  .meta({ description: 'Calendar date, ISO 8601 (YYYY-MM-DD)', example: '2024-12-31' });

export type IsoDate = z.infer<typeof IsoDateSchema>;
