import { describe, expect, it } from 'vitest';
import { BreakdownSchema, BreakdownValueSchema } from './breakdown.ts';

describe('BreakdownValueSchema', () => {
  it('records "more than 60%" as an exclusive lower bound on a share', () => {
    expect(BreakdownValueSchema.parse({ unit: 'share', min: 0.6, minExclusive: true })).toEqual({
      unit: 'share',
      exact: null,
      min: 0.6,
      max: null,
      minExclusive: true,
      maxExclusive: false,
      note: null,
    });
  });

  it('records an exact member count', () => {
    expect(BreakdownValueSchema.parse({ unit: 'members', exact: 9 }).exact).toBe(9);
  });

  it('rejects a value with neither an exact figure nor a bound', () => {
    expect(BreakdownValueSchema.safeParse({ unit: 'members' }).success).toBe(false);
  });

  it('rejects an exact figure that also has bounds', () => {
    expect(BreakdownValueSchema.safeParse({ unit: 'members', exact: 9, min: 5 }).success).toBe(false);
  });

  it('rejects a share above 1', () => {
    expect(BreakdownValueSchema.safeParse({ unit: 'share', exact: 1.2 }).success).toBe(false);
    expect(BreakdownValueSchema.safeParse({ unit: 'share', min: 60 }).success).toBe(false);
  });

  it('rejects a fractional member count, crossed bounds and negative numbers', () => {
    expect(BreakdownValueSchema.safeParse({ unit: 'members', exact: 8.5 }).success).toBe(false);
    expect(BreakdownValueSchema.safeParse({ unit: 'members', min: 10, max: 5 }).success).toBe(false);
    expect(BreakdownValueSchema.safeParse({ unit: 'members', exact: -1 }).success).toBe(false);
  });
});

describe('BreakdownSchema', () => {
  it('accepts the known keys only', () => {
    expect(BreakdownSchema.safeParse({ youth: { unit: 'share', min: 0.6 } }).success).toBe(true);
    expect(BreakdownSchema.safeParse({ veterans: { unit: 'members', exact: 1 } }).success).toBe(false);
  });
});
