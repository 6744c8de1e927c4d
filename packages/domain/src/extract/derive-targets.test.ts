import { describe, expect, it } from 'vitest';
import { targetFromOvershoot, targetFromPercent, targetFromShortfall, targetsForPercent } from './derive-targets.ts';

const at = (start: number, end: number) => ({ start, end });

describe('derived targets', () => {
  it('subtracts the overshoot from the admitted, citing both', () => {
    expect(targetFromOvershoot({ value: 53, span: at(0, 10) }, { value: 33, span: at(12, 20) })).toEqual({
      value: 20,
      derivation: { rule: 'admittedMinusOvershoot', from: [at(0, 10), at(12, 20)], explanation: '53 − 33 = 20' },
    });
    expect(targetFromOvershoot({ value: 5, span: at(0, 1) }, { value: 9, span: at(2, 3) })).toBeNull();
  });

  it('adds the shortfall to the admitted', () => {
    expect(targetFromShortfall({ value: 16, span: at(0, 1) }, { value: 4, span: at(2, 3) }).value).toBe(20);
  });

  it('finds the one target a rounded percentage allows, and none when several fit', () => {
    expect(targetsForPercent(36, 72, 0)).toEqual([50]);
    expect(targetsForPercent(100, 111, 0)).toEqual([90]);
    expect(targetsForPercent(1351, 48.3, 1).length).toBeGreaterThan(1); // 2795–2800 all round to 48,3%
    expect(targetsForPercent(1000, 50, 0).length).toBeGreaterThan(1);
  });

  it('says when the target was rounded from the percentage', () => {
    const exact = targetFromPercent({ value: 36, span: at(0, 1) }, { value: 72, decimals: 0, numberText: '72', span: at(2, 3) });
    expect(exact?.derivation.explanation).toBe('36 ÷ 72% = 50');
    const rounded = targetFromPercent({ value: 100, span: at(0, 1) }, { value: 111, decimals: 0, numberText: '111', span: at(2, 3) });
    expect(rounded).toMatchObject({ value: 90, derivation: { explanation: '100 ÷ 111% ≈ 90: the only whole target that rounds to 111%' } });
    expect(targetFromPercent({ value: 1000, span: at(0, 1) }, { value: 50, decimals: 0, numberText: '50', span: at(2, 3) })).toBeNull();
  });
});
