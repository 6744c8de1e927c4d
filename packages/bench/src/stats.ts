// Summary statistics of repeated measurements: median, its confidence interval, and spread. Knows
// nothing of what was measured.

/** Median, its 95 % confidence interval, quartiles and range of a sample; `n` is how many values it summarises. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  /**
   * 95 % confidence interval of the median from order statistics (see medianCiRanks): distribution-free,
   * so it holds for skewed timings. Below 6 values no pair of ranks reaches 95 %; it is then the range.
   */
  readonly ci: readonly [low: number, high: number];
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

/** P(B ≤ k) for B ~ Binomial(n, 1/2), summed in log space so large n does not underflow. */
function binomialHalfCdf(n: number, k: number): number {
  let logPmf = -n * Math.LN2;
  let total = 0;
  for (let i = 0; i <= k; i++) {
    total += Math.exp(logPmf);
    logPmf += Math.log((n - i) / (i + 1));
  }
  return Math.min(1, total);
}

/**
 * The ranks (1-based, in the sorted sample) of the order statistics that bound a distribution-free
 * confidence interval of the median: the narrowest symmetric pair [x₍ₖ₎, x₍ₙ₋ₖ₊₁₎] whose coverage,
 * 1 − 2·P(B ≤ k − 1) with B ~ Binomial(n, ½), is at least `level`. It assumes only independent draws
 * from one continuous distribution. When even the range falls short (n ≤ 5 at 95 %), it is the range
 * with its lower coverage.
 *
 * @example medianCiRanks(10) // { lower: 2, upper: 9, coverage: 0.978… }
 */
export function medianCiRanks(n: number, level = 0.95): { lower: number; upper: number; coverage: number } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be within (0, 1), got ${level}`);
  let k = 1;
  while (k + 1 <= n - k && 1 - 2 * binomialHalfCdf(n, k) >= level) k++;
  return { lower: k, upper: n - k + 1, coverage: 1 - 2 * binomialHalfCdf(n, k - 1) };
}

function ciOfSorted(s: readonly number[]): [number, number] {
  const { lower, upper } = medianCiRanks(s.length);
  return [s[lower - 1]!, s[upper - 1]!];
}

/** @example summarise([5, 1, 3]) // { n: 3, median: 3, ci: [1, 5], min: 1, max: 5, q1: 2, q3: 4 } */
export function summarise(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    n: s.length,
    median: quantileOfSorted(s, 0.5),
    ci: ciOfSorted(s),
    min: s[0]!,
    max: s[s.length - 1]!,
    q1: quantileOfSorted(s, 0.25),
    q3: quantileOfSorted(s, 0.75),
  };
}

/**
 * Same-round ratios: `numerators[i] / denominators[i]` for every round i (both measured in the same
 * round of an interleaved run), summarised. Drift between rounds (the machine busier in one round)
 * cancels within each ratio, so its median and interval are tighter and more honest than the ratio
 * of two medians.
 *
 * @example pairedRatios([20, 30, 40], [10, 10, 10]).median // 3
 */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): Summary {
  if (numerators.length !== denominators.length)
    throw new RangeError(`Paired ratios need one pair per round, got ${numerators.length} and ${denominators.length} measurements`);
  return summarise(
    numerators.map((a, i) => {
      const b = denominators[i]!;
      if (b === 0) throw new RangeError(`Round ${i}: the baseline measured 0, so the ratio means nothing`);
      return a / b;
    }),
  );
}

/** a / b, or null when b is zero (a ratio to a baseline that measured nothing means nothing). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
