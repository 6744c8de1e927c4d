import { describe, expect, it } from 'vitest';
import { median, quantile, ratio, summarise } from './stats.ts';

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
    expect(summarise([5, 1, 3])).toEqual({ n: 3, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    summarise(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('divides, and says null rather than Infinity for a zero baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
  });
});
