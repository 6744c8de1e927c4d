import { describe, expect, it } from 'vitest';
import { TargetSchema } from './target.ts';

describe('TargetSchema', () => {
  it('accepts a single target, a range and zero', () => {
    for (const target of [
      { min: 20, max: 20 },
      { min: 90, max: 100 },
      { min: 0, max: 0 },
    ])
      expect(TargetSchema.parse(target)).toEqual(target);
  });

  it('rejects a range whose min exceeds its max', () => {
    expect(TargetSchema.safeParse({ min: 100, max: 90 }).success).toBe(false);
  });

  it('rejects negative, fractional, missing and absurdly large numbers', () => {
    for (const bad of [{ min: -1, max: 5 }, { min: 1.5, max: 2 }, { min: 5 }, { min: 0, max: 2e9 }, { min: 1, max: 1, note: 'x' }]) {
      expect(TargetSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
