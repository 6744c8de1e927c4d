// Positions of the bars of a ranking of subordinate organisations, as fractions of the chart's width,
// on one linear scale (d3-scale) shared by every row; knows nothing of the DOM, wording or pixels.
import { scaleLinear } from 'd3-scale';
import type { RankedFigures } from './subordinate-totals.ts';

/** A stretch of the scale, from and to as fractions of the full width (0–1). */
export interface BarSpan {
  readonly from: number;
  readonly to: number;
}

/** One row's bar, drawn as the gauge draws its arcs: up to the target, then overshoot or shortfall apart. */
export interface RankingBar {
  /** Admitted, up to the target's ceiling (or all of it without a target). */
  readonly value: BarSpan;
  /** Admitted beyond the target's ceiling: drawn distinctly. */
  readonly overshoot: BarSpan | null;
  /** Still missing up to the target's floor. */
  readonly shortfall: BarSpan | null;
  /** Where the target (a range's floor) stands. */
  readonly targetTick: number | null;
  /** A range target, floor to ceiling; null for a single target. */
  readonly targetBand: BarSpan | null;
}

/**
 * Every row's bar on a scale from 0 to the largest figure or target ceiling of any row (at least 1),
 * so bars compare across rows and 53 of a target of 20 is drawn as 53, never clamped. A row without
 * figures gets no bar (null), never a zero.
 *
 * @example rankingBars([{ admitted: 53, target: { min: 20, max: 20 } }]).bars[0]?.overshoot // { from: 0.377…, to: 1 }
 */
export function rankingBars(rows: readonly (RankedFigures | null)[]): { scaleMax: number; bars: (RankingBar | null)[] } {
  const scaleMax = Math.max(1, ...rows.map((row) => (row ? Math.max(row.admitted, row.target?.max ?? 0) : 0)));
  const x = scaleLinear().domain([0, scaleMax]).range([0, 1]);
  const span = (from: number, to: number): BarSpan => ({ from: x(from), to: x(to) });
  const bars = rows.map((row): RankingBar | null => {
    if (row === null) return null;
    const { admitted, target } = row;
    if (target === null) return { value: span(0, admitted), overshoot: null, shortfall: null, targetTick: null, targetBand: null };
    return {
      value: span(0, Math.min(admitted, target.max)),
      overshoot: admitted > target.max ? span(target.max, admitted) : null,
      shortfall: admitted < target.min ? span(admitted, target.min) : null,
      targetTick: x(target.min),
      targetBand: target.max > target.min ? span(target.min, target.max) : null,
    };
  });
  return { scaleMax, bars };
}
