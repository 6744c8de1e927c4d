import { describe, expect, it } from 'vitest';
import { ProgressSchema } from './admission.ts';
import { progress } from './progress.ts';

describe('progress against a single target', () => {
  it('reports the Mường Khương 2024 overshoot: 53 of 20 is 33 above, 265%', () => {
    expect(progress(53, { min: 20, max: 20 })).toEqual({ delta: 33, ratio: 2.65, status: 'above' });
  });

  it('reports a shortfall as a negative delta', () => {
    expect(progress(16, { min: 20, max: 20 })).toEqual({ delta: -4, ratio: 0.8, status: 'below' });
  });

  it('reports an exact hit as within with ratio 1', () => {
    expect(progress(20, { min: 20, max: 20 })).toEqual({ delta: 0, ratio: 1, status: 'within' });
  });

  it('returns null without a target', () => {
    expect(progress(53, null)).toBeNull();
  });
});

describe('progress against a range target', () => {
  const range = { min: 90, max: 100 };

  it('measures an overshoot against the top of the range', () => {
    expect(progress(110, range)).toEqual({ delta: 10, ratio: 1.1, status: 'above' });
  });

  it('measures a shortfall against the bottom of the range', () => {
    expect(progress(81, range)).toEqual({ delta: -9, ratio: 0.9, status: 'below' });
  });

  it('is within with delta 0 and ratio against the floor anywhere inside the range', () => {
    expect(progress(90, range)).toEqual({ delta: 0, ratio: 1, status: 'within' });
    expect(progress(95, range)).toEqual({ delta: 0, ratio: 95 / 90, status: 'within' });
    expect(progress(100, range)).toEqual({ delta: 0, ratio: 100 / 90, status: 'within' });
  });
});

describe('progress against a zero target', () => {
  it('has no ratio and is above when anything was achieved', () => {
    expect(progress(5, { min: 0, max: 0 })).toEqual({ delta: 5, ratio: null, status: 'above' });
  });

  it('is within when nothing was achieved', () => {
    expect(progress(0, { min: 0, max: 0 })).toEqual({ delta: 0, ratio: null, status: 'within' });
  });

  it('has no ratio inside a range that starts at zero, but one above it', () => {
    expect(progress(3, { min: 0, max: 10 })).toEqual({ delta: 0, ratio: null, status: 'within' });
    expect(progress(15, { min: 0, max: 10 })).toEqual({ delta: 5, ratio: 1.5, status: 'above' });
  });
});

describe('progress with large and bad numbers', () => {
  it('stays exact for huge counts', () => {
    const p = progress(Number.MAX_SAFE_INTEGER, { min: 1, max: 1 });
    expect(p).toEqual({ delta: Number.MAX_SAFE_INTEGER - 1, ratio: Number.MAX_SAFE_INTEGER, status: 'above' });
    expect(progress(1_000_000_000, { min: 999_999_999, max: 1_000_000_000 })?.status).toBe('within');
  });

  it('always matches ProgressSchema', () => {
    for (const achieved of [0, 1, 19, 20, 21, 53, 1e9]) {
      for (const target of [
        { min: 0, max: 0 },
        { min: 20, max: 20 },
        { min: 90, max: 100 },
        { min: 0, max: 5 },
      ]) {
        expect(ProgressSchema.safeParse(progress(achieved, target)).success).toBe(true);
      }
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('rejects an achieved count of %s with a RangeError', (bad) => {
    expect(() => progress(bad, { min: 20, max: 20 })).toThrow(RangeError);
    expect(() => progress(bad, null)).toThrow(RangeError);
  });

  it('rejects a target whose min exceeds its max, or that is negative', () => {
    expect(() => progress(5, { min: 10, max: 5 })).toThrow(RangeError);
    expect(() => progress(5, { min: -1, max: 5 })).toThrow(RangeError);
    expect(() => progress(5, { min: 1, max: 2.5 })).toThrow(RangeError);
  });
});
