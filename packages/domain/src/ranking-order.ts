// The orders a ranking of subordinate organisations can take; knows nothing of wording or drawing.
import { intlFor, type Lang } from './locale.ts';
import { progress } from './progress.ts';
import type { RankedFigures } from './subordinate-totals.ts';

/** `percent` of target (the default), number `admitted`, or `name`. */
export const RANKING_SORTS = ['percent', 'admitted', 'name'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

/** What ordering needs of a row. */
export interface RankedRow {
  readonly organization: { readonly name: string };
  readonly admissions: RankedFigures | null;
}

/** Groups in every order: rows with a percentage of target, rows with figures only, rows without figures. */
function group(row: RankedRow): number {
  if (row.admissions === null) return 2;
  return (progress(row.admissions.admitted, row.admissions.target)?.ratio ?? null) === null ? 1 : 0;
}

/** ASCII digits, where code order and every collation agree. */
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/**
 * Two names in the reader's collation. Names that differ only from an ASCII digit on ("… 9" and
 * "… 12") are ordered by that digit, as the collation would, without creating a collator: the first
 * one a page creates costs tens of milliseconds, and ties between such names are the common case.
 */
function compareNames(a: string, b: string, lang: Lang): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (isDigit(a[i]) && isDigit(b[i])) return a.charCodeAt(i) - b.charCodeAt(i);
  return intlFor(Intl.Collator, lang).compare(a, b);
}

/**
 * The rows in `sort` order, as a new array. By percentage: the domain's ratio of target, highest first
 * (a range is measured against its floor, as the gauge does); rows without a target follow, by number
 * admitted, and rows without figures come last, never as zeros. By admitted: highest first, rows
 * without figures last. Ties, and the `name` order, follow the reader's collation.
 *
 * @example rankSubordinates(rows, 'percent', 'vi').map((r) => r.organization.name)
 */
export function rankSubordinates<Row extends RankedRow>(rows: readonly Row[], sort: RankingSort, lang: Lang): Row[] {
  const byName = (a: Row, b: Row) => compareNames(a.organization.name, b.organization.name, lang);
  if (sort === 'name') return [...rows].sort(byName);
  const ratio = (row: Row) => (row.admissions ? (progress(row.admissions.admitted, row.admissions.target)?.ratio ?? 0) : 0);
  const admitted = (row: Row) => row.admissions?.admitted ?? 0;
  return [...rows].sort((a, b) => {
    if (sort === 'admitted') {
      const missing = Number(a.admissions === null) - Number(b.admissions === null);
      return missing || admitted(b) - admitted(a) || byName(a, b);
    }
    return group(a) - group(b) || ratio(b) - ratio(a) || admitted(b) - admitted(a) || byName(a, b);
  });
}
