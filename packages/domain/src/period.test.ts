import { describe, expect, it } from 'vitest';
import { PeriodSchema, TermSchema, parsePeriod, periodEnd, periodStart } from './period.ts';

describe('parsePeriod', () => {
  it('reads a calendar year', () => {
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024, key: '2024' });
  });

  it('reads a congress term', () => {
    expect(parsePeriod('2020-2025')).toEqual({ kind: 'term', start: 2020, end: 2025, key: '2020-2025' });
  });

  it('rejects a term that ends before it starts, lasts zero or over ten years', () => {
    for (const bad of ['2025-2020', '2020-2020', '2000-2015']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('rejects years before the Party existed or far in the future, and other shapes', () => {
    for (const bad of [
      '1929',
      '2101',
      '24',
      '2020–2025',
      '2020 - 2025',
      '2020-25',
      'năm 2024',
      '',
      '2024-',
      '-2024',
      '2020-2025-2030',
      '1929-1934',
      '2096-2101',
      '2024\n',
    ])
      expect(parsePeriod(bad), bad).toBeNull();
  });
});

describe('PeriodSchema and TermSchema', () => {
  it('accept years and terms as periods, only terms as terms', () => {
    expect(PeriodSchema.safeParse('2024').success).toBe(true);
    expect(PeriodSchema.safeParse('2020-2025').success).toBe(true);
    expect(TermSchema.safeParse('2020-2025').success).toBe(true);
    expect(TermSchema.safeParse('2024').success).toBe(false);
  });

  it('reject bad periods such as 2025-2020', () => {
    expect(PeriodSchema.safeParse('2025-2020').success).toBe(false);
    expect(TermSchema.safeParse('2025-2020').success).toBe(false);
    expect(PeriodSchema.safeParse(2024).success).toBe(false);
  });
});

describe('periodEnd', () => {
  it('gives the last day of a year and of a term, null for anything else', () => {
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2020-2025')).toBe('2025-12-31');
    expect(periodEnd('2024-13')).toBeNull();
  });
});

describe('periodStart', () => {
  it('is the first of January of a year, or of a term’s first year', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('2020-2025')).toBe('2020-01-01');
    expect(periodStart('năm 2024')).toBeNull();
  });
});
