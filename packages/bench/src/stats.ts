// Summary statistics of repeated measurements: median and spread. Knows nothing of what was measured.

/** Median, quartiles and range of a sample; `n` is how many values it summarises. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly q3: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('Cannot summarise an empty sample');
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`Not a finite measurement: ${v}`);
  return [...values].sort((a, b) => a - b);
}

function quantileOfSorted(s: readonly number[], q: number): number {
  // Linear interpolation between closest ranks (R's type 7, numpy's default).
  const position = (s.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = s[lower]!;
  const b = s[upper]!;
  return a + (b - a) * (position - lower);
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of a sample, interpolating between closest ranks.
 *
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`Quantile must be within [0, 1], got ${q}`);
  return quantileOfSorted(sorted(values), q);
}

/** @example median([3, 1, 2]) // 2 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** @example summarise([5, 1, 3]) // { n: 3, median: 3, min: 1, max: 5, q1: 2, q3: 4 } */
export function summarise(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    n: s.length,
    median: quantileOfSorted(s, 0.5),
    min: s[0]!,
    max: s[s.length - 1]!,
    q1: quantileOfSorted(s, 0.25),
    q3: quantileOfSorted(s, 0.75),
  };
}

/** a / b, or null when b is zero (a ratio to a baseline that measured nothing means nothing). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
