// The orders a ranking of subordinate organisations can take; knows nothing of wording or drawing.
import { INTL_LOCALES, type Lang } from './locale.ts';
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

/**
 * The rows in `sort` order, as a new array. By percentage: the domain's ratio of target, highest first
 * (a range is measured against its floor, as the gauge does); rows without a target follow, by number
 * admitted, and rows without figures come last, never as zeros. By admitted: highest first, rows
 * without figures last. Ties, and the `name` order, follow the reader's collation.
 *
 * @example rankSubordinates(rows, 'percent', 'vi').map((r) => r.organization.name)
 */
export function rankSubordinates<Row extends RankedRow>(rows: readonly Row[], sort: RankingSort, lang: Lang): Row[] {
  const collator = new Intl.Collator(INTL_LOCALES[lang]);
  const byName = (a: Row, b: Row) => collator.compare(a.organization.name, b.organization.name);
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
