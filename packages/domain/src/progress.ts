// Progress of an achieved count against a target (single or range); knows nothing of wording or drawing.
import type { Progress } from './admission.ts';
import type { Target } from './target.ts';

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${value}`);
  }
}

/**
 * Where `achieved` stands against `target`; null when there is no target.
 *
 * - above the target (its max): `delta = achieved − max`, `ratio = achieved ÷ max`;
 * - below the target (its min): `delta = achieved − min` (negative), `ratio = achieved ÷ min`;
 * - within a range (min ≤ achieved ≤ max, or equal to a single target): `delta = 0` and
 *   `ratio = achieved ÷ min`, so a ratio of 1 or more always means the floor was met.
 *
 * A zero denominator gives `ratio: null` (no percentage of nothing); a zero target is `above` when
 * anything was achieved and `within` otherwise.
 *
 * @throws {RangeError} when a count is negative, fractional or beyond Number.MAX_SAFE_INTEGER
 *   (where the delta could no longer be exact), or when target.min > target.max.
 * @example progress(53, { min: 20, max: 20 }) // { delta: 33, ratio: 2.65, status: 'above' }
 * @example progress(16, { min: 20, max: 20 }) // { delta: -4, ratio: 0.8, status: 'below' }
 * @example progress(95, { min: 90, max: 100 }) // { delta: 0, ratio: 95 / 90, status: 'within' }
 */
export function progress(achieved: number, target: Target | null): Progress | null {
  assertCount(achieved, 'achieved');
  if (target === null) return null;
  assertCount(target.min, 'target.min');
  assertCount(target.max, 'target.max');
  if (target.min > target.max) {
    throw new RangeError(`target.min (${target.min}) must not exceed target.max (${target.max})`);
  }
  const ratioTo = (denominator: number) => (denominator === 0 ? null : achieved / denominator);
  if (achieved > target.max) return { delta: achieved - target.max, ratio: ratioTo(target.max), status: 'above' };
  if (achieved < target.min) return { delta: achieved - target.min, ratio: ratioTo(target.min), status: 'below' };
  return { delta: 0, ratio: ratioTo(target.min), status: 'within' };
}
