import { describe, expect, it } from 'vitest';
import { rankingBars } from './ranking-bars.ts';

describe('rankingBars', () => {
  it('puts every row on one scale, up to the largest figure or target, so bars compare', () => {
    const { scaleMax, bars } = rankingBars([
      { admitted: 53, target: { min: 20, max: 20 } },
      { admitted: 10, target: { min: 40, max: 40 } },
    ]);
    expect(scaleMax).toBe(53);
    expect(bars[0]).toEqual({ value: { from: 0, to: 20 / 53 }, overshoot: { from: 20 / 53, to: 1 }, shortfall: null, targetTick: 20 / 53, targetBand: null });
    expect(bars[1]).toEqual({
      value: { from: 0, to: 10 / 53 },
      overshoot: null,
      shortfall: { from: 10 / 53, to: 40 / 53 },
      targetTick: 40 / 53,
      targetBand: null,
    });
  });

  it('draws a range target as a band from its floor to its ceiling, with the tick at the floor, and no overshoot within it', () => {
    const [bar] = rankingBars([{ admitted: 95, target: { min: 90, max: 100 } }]).bars;
    expect(bar).toEqual({ value: { from: 0, to: 0.95 }, overshoot: null, shortfall: null, targetTick: 0.9, targetBand: { from: 0.9, to: 1 } });
  });

  it('draws only the value without a target, and nothing for a row without figures (never a zero bar)', () => {
    const { bars } = rankingBars([{ admitted: 5, target: null }, null]);
    expect(bars[0]).toEqual({ value: { from: 0, to: 1 }, overshoot: null, shortfall: null, targetTick: null, targetBand: null });
    expect(bars[1]).toBeNull();
  });

  it('keeps a scale when every figure is zero', () => {
    const { scaleMax, bars } = rankingBars([{ admitted: 0, target: { min: 0, max: 0 } }]);
    expect(scaleMax).toBe(1);
    expect(bars[0]?.value).toEqual({ from: 0, to: 0 });
  });
});
