import { describe, expect, it } from 'vitest';
import { periodLabel } from './period-label.ts';

describe('periodLabel', () => {
  it('names a year and a term in both languages, without grouping the year', () => {
    expect(periodLabel('2024', 'vi')).toBe('Năm 2024');
    expect(periodLabel('2024', 'en')).toBe('Year 2024');
    expect(periodLabel('2020-2025', 'vi')).toBe('Nhiệm kỳ 2020–2025');
    expect(periodLabel('2020-2025', 'en')).toBe('Term 2020–2025');
  });

  it('returns null for a key that is not a period', () => {
    expect(periodLabel('not a period', 'vi')).toBeNull();
  });
});
