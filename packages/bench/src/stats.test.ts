import { describe, expect, it } from 'vitest';
import { median, medianCiRanks, pairedRatios, quantile, ratio, summarise } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd sample, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is the value itself for one measurement', () => {
    expect(median([7])).toBe(7);
  });

  it('refuses an empty sample and non-finite values', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => median([Infinity])).toThrow(RangeError);
  });
});

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([10, 20], 0.9)).toBe(19);
  });

  it('gives the extremes at 0 and 1', () => {
    expect(quantile([3, 8, 1], 0)).toBe(1);
    expect(quantile([3, 8, 1], 1)).toBe(8);
  });

  it('refuses a q outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('reports median, range and interquartile range', () => {
    expect(summarise([5, 1, 3])).toEqual({ n: 3, median: 3, ci: [1, 5], min: 1, max: 5, q1: 2, q3: 4 });
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    summarise(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianCiRanks', () => {
  // Coverage 1 − 2·P(B ≤ k − 1), B ~ Binomial(n, ½), worked by hand: n = 10 → P(B ≤ 1) = 11/1024;
  // n = 12 → P(B ≤ 2) = 79/4096; n = 6 → P(B = 0) = 1/64.
  it('matches the textbook ranks for small samples', () => {
    expect(medianCiRanks(6)).toEqual({ lower: 1, upper: 6, coverage: 1 - 2 / 64 });
    expect(medianCiRanks(9)).toEqual({ lower: 2, upper: 8, coverage: 1 - (2 * 10) / 512 });
    expect(medianCiRanks(10)).toEqual({ lower: 2, upper: 9, coverage: 1 - (2 * 11) / 1024 });
    expect(medianCiRanks(12)).toEqual({ lower: 3, upper: 10, coverage: 1 - (2 * 79) / 4096 });
    expect(medianCiRanks(20)).toMatchObject({ lower: 6, upper: 15 });
    expect(medianCiRanks(100)).toMatchObject({ lower: 40, upper: 61 });
  });

  it('never narrows below the level: the next pair inwards would cover less than 95 %', () => {
    // n = 10, k = 3 would cover 1 − 2·56/1024 ≈ 0.891; n = 12, k = 4: 1 − 2·299/4096 ≈ 0.854.
    for (const n of [6, 7, 8, 9, 10, 11, 12, 15, 30]) {
      const { lower, coverage } = medianCiRanks(n);
      expect(coverage).toBeGreaterThanOrEqual(0.95);
      expect(medianCiRanks(n, 0.5).lower).toBeGreaterThan(lower); // a lower level gives a narrower interval
    }
  });

  it('falls back to the range, with its lower coverage, when no pair of ranks reaches the level', () => {
    expect(medianCiRanks(5)).toEqual({ lower: 1, upper: 5, coverage: 1 - 2 / 32 });
    expect(medianCiRanks(1)).toEqual({ lower: 1, upper: 1, coverage: 0 });
  });

  it('stays finite for large samples', () => {
    const { lower, upper, coverage } = medianCiRanks(5000);
    expect(upper).toBe(5000 - lower + 1);
    expect(coverage).toBeGreaterThanOrEqual(0.95);
    expect(coverage).toBeLessThan(0.96);
  });

  it('refuses a sample size or level that means nothing', () => {
    expect(() => medianCiRanks(0)).toThrow(RangeError);
    expect(() => medianCiRanks(10, 1)).toThrow(RangeError);
  });
});

describe('summarise: the median’s confidence interval', () => {
  it('takes the order statistics of its ranks, whatever the order of the values', () => {
    const ten = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
    expect(summarise(ten).ci).toEqual([2, 9]);
    expect(summarise([12, 1, 11, 2, 10, 3, 9, 4, 8, 5, 7, 6]).ci).toEqual([3, 10]);
  });

  it('is the range below six values', () => {
    expect(summarise([4, 2, 9, 1, 7]).ci).toEqual([1, 9]);
  });

  it('does not move when one value is wildly off (it is the order, not the size, that counts)', () => {
    expect(summarise([5_000, 3, 7, 1, 9, 2, 8, 4, 6, 5]).ci).toEqual([2, 9]);
  });
});

describe('pairedRatios', () => {
  it('divides round by round, then summarises the ratios', () => {
    const r = pairedRatios([20, 33, 40, 50, 90, 60], [10, 11, 10, 25, 30, 20]);
    expect(r.n).toBe(6);
    expect(r.median).toBe(3); // ratios 2, 3, 4, 2, 3, 3
    expect(r.ci).toEqual([2, 4]);
  });

  it('cancels drift that the ratio of medians keeps', () => {
    // The machine got twice as slow halfway; each round, A took 1.5× B.
    const b = [10, 10, 10, 20, 20, 20, 20];
    const a = b.map((v) => v * 1.5);
    expect(pairedRatios(a, b)).toMatchObject({ median: 1.5, ci: [1.5, 1.5] });
  });

  it('refuses unpaired rounds and a zero baseline', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedRatios([1, 2], [1, 0])).toThrow(RangeError);
  });
});

describe('ratio', () => {
  it('divides, and says null rather than Infinity for a zero baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
  });
});
