/** Reporting periods: a calendar year (`2024`) or a five-year congress term (`2020-2025`). */
import { z } from 'zod';

export type Period =
  | { readonly kind: 'year'; readonly year: number; readonly key: string }
  | { readonly kind: 'term'; readonly start: number; readonly end: number; readonly key: string };

// A year, or a term: two years joined by a hyphen.
const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;
const MIN_YEAR = 1930; // the Party was founded in 1930; earlier figures cannot exist
const MAX_YEAR = 2100;

/**
 * Parses a period key. Returns `null` for anything that is not a year or a term whose end is after
 * its start (terms are normally five years, but the rules allow shortened or extended ones).
 *
 * @example parsePeriod('2020-2025') // { kind: 'term', start: 2020, end: 2025, key: '2020-2025' }
 */
export function parsePeriod(input: string): Period | null {
  const match = PERIOD.exec(input);
  if (!match) return null;
  const start = Number(match[1]);
  if (match[2] === undefined) return start >= MIN_YEAR && start <= MAX_YEAR ? { kind: 'year', year: start, key: input } : null;
  const end = Number(match[2]);
  const valid = start >= MIN_YEAR && end <= MAX_YEAR && end > start && end - start <= 10;
  return valid ? { kind: 'term', start, end, key: input } : null;
}

/**
 * The last day a period's figures can describe: the 31st of December of its (last) year, or null for
 * a key that is not a period.
 *
 * @example periodEnd('2024') // '2024-12-31'
 * @example periodEnd('2020-2025') // '2025-12-31'
 */
export function periodEnd(key: string): string | null {
  // The key ends with that year, a year's or a term's.
  return parsePeriod(key) === null ? null : `${key.slice(-4)}-12-31`;
}

/**
 * The first day a period's figures can describe: the 1st of January of its (first) year, or null for
 * a key that is not a period.
 *
 * @example periodStart('2024') // '2024-01-01'
 * @example periodStart('2020-2025') // '2020-01-01'
 */
export function periodStart(key: string): string | null {
  const period = parsePeriod(key);
  if (period === null) return null;
  return `${period.kind === 'year' ? period.year : period.start}-01-01`;
}

/** A period key on the wire: `2024` or `2020-2025`. */
export const PeriodSchema = z
  .string()
  .refine((value) => parsePeriod(value) !== null, {
    message: 'must be a year such as 2024 or a term such as 2020-2025',
  })
  .meta({ description: 'A calendar year (2024) or a congress term (2020-2025)', example: '2024' });

/** A congress term key only (`2020-2025`). */
export const TermSchema = z
  .string()
  .refine((value) => parsePeriod(value)?.kind === 'term', { message: 'must be a term such as 2020-2025' })
  .meta({ example: '2020-2025' });
