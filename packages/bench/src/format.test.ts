import { describe, expect, it } from 'vitest';
import { ciLabel, ratioWithCi, spread } from './format.ts';
import { pairedRatios, summarise } from './stats.ts';

describe('ciLabel', () => {
  it('says 95 % from six values on, and the range’s lower coverage below', () => {
    expect(ciLabel(6)).toBe('95 % CI');
    expect(ciLabel(12)).toBe('95 % CI');
    expect(ciLabel(5)).toBe('93 % CI'); // 1 − 2/32 = 93.75 %
    expect(ciLabel(2)).toBe('50 % CI');
  });
});

describe('spread and ratioWithCi', () => {
  it('write the median with its interval, named by its real level', () => {
    expect(spread(summarise([12, 1, 11, 2, 10, 3, 9, 4, 8, 5, 7, 6]), 'ms')).toBe('7 ms (95 % CI 3–10, IQR 4–9, range 1–12, n=12)');
    expect(ratioWithCi(pairedRatios([3, 4, 5], [2, 2, 2]))).toBe('2.00× (75 % CI 1.50–2.50×)');
  });
});
