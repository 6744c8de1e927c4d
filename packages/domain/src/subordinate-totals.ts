// The sum of subordinate organisations' admissions and its difference from their parent's own figures:
// stated, never reconciled. Pure numbers; knows nothing of wording, storage or drawing.
import type { Target } from './target.ts';

/** What the sum needs of one subordinate's record; null when it has no figures for the period. */
export interface RankedFigures {
  readonly admitted: number;
  readonly target: Target | null;
}

/** The subordinates' figures added up. */
export interface AdmissionSum {
  /** Admitted by the subordinates that have figures; null when none has. */
  readonly admitted: number | null;
  /** Their targets added up (floors and ceilings apart); null unless every one of them states a target. */
  readonly target: Target | null;
  /** How many subordinates have figures. */
  readonly reporting: number;
  /** How many subordinates there are. */
  readonly count: number;
}

/** The parent's own figures less the subordinates' sum; a target difference only when both targets are known. */
export interface AdmissionDifference {
  readonly admitted: number;
  readonly target: { readonly min: number; readonly max: number } | null;
}

/**
 * The subordinates' sum and, when the parent's own figures (`total`) are stored and disagree with
 * it, the difference. Subordinates without figures are counted (`count`) but never added as zeros;
 * a summed target needs every reporting subordinate's target, since a part would read as the whole.
 *
 * @example subordinateTotals({ admitted: 100, target: null }, [{ admitted: 60, target: null }, { admitted: 30, target: null }])
 * // { sum: { admitted: 90, target: null, reporting: 2, count: 2 }, difference: { admitted: 10, target: null } }
 */
export function subordinateTotals(
  total: RankedFigures | null,
  rows: readonly (RankedFigures | null)[],
): { sum: AdmissionSum; difference: AdmissionDifference | null } {
  const reporting = rows.filter((row): row is RankedFigures => row !== null);
  const admitted = reporting.length === 0 ? null : reporting.reduce((sum, row) => sum + row.admitted, 0);
  const everyTarget = reporting.length > 0 && reporting.every((row) => row.target !== null);
  const target = everyTarget ? reporting.reduce((sum, row) => ({ min: sum.min + row.target!.min, max: sum.max + row.target!.max }), { min: 0, max: 0 }) : null;
  const sum: AdmissionSum = { admitted, target, reporting: reporting.length, count: rows.length };
  if (total === null || admitted === null) return { sum, difference: null };
  const targetDifference = total.target !== null && target !== null ? { min: total.target.min - target.min, max: total.target.max - target.max } : null;
  const agree = total.admitted === admitted && (targetDifference === null || (targetDifference.min === 0 && targetDifference.max === 0));
  return { sum, difference: agree ? null : { admitted: total.admitted - admitted, target: targetDifference } };
}
