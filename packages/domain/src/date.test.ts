import { describe, expect, it } from 'vitest';
import { IsoDateSchema, isIsoDate } from './date.ts';

describe('isIsoDate and IsoDateSchema', () => {
  it('accept real calendar days, leap days included', () => {
    for (const day of ['2024-12-31', '2024-02-29', '2025-07-01', '1930-02-03', '2000-02-29', '0100-01-01', '9999-12-31']) {
      expect(isIsoDate(day)).toBe(true);
      expect(IsoDateSchema.parse(day)).toBe(day);
    }
  });

  it('reject days that do not exist, other formats and timestamps', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '1900-02-29',
      '0050-06-15',
      '0000-01-01',
      '2024-12-32',
      '31/12/2024',
      '2024-1-5',
      '2024-12-31T00:00:00Z',
      '',
      ' 2024-12-31',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
      expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('rejects non-strings', () => {
    expect(IsoDateSchema.safeParse(20241231).success).toBe(false);
    expect(IsoDateSchema.safeParse(null).success).toBe(false);
  });
});
