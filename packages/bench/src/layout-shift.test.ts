import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift } from './layout-shift.ts';

const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });

describe('cumulativeLayoutShift', () => {
  it('is zero for a page that never shifts', () => {
    expect(cumulativeLayoutShift([])).toEqual({ cls: 0, total: 0, shifts: 0 });
  });

  it('adds shifts less than a second apart into one window', () => {
    expect(cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.05), shift(1500, 0.05)]).cls).toBeCloseTo(0.2);
  });

  it('takes the largest window when a gap of a second or more separates them', () => {
    const score = cumulativeLayoutShift([shift(0, 0.1), shift(500, 0.1), shift(2000, 0.15)]);
    expect(score.cls).toBeCloseTo(0.2);
    expect(score.total).toBeCloseTo(0.35);
    expect(score.shifts).toBe(3);
  });

  it('closes a window after five seconds even without a gap', () => {
    const steady = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
    // 0 … 4500 ms is one window (6 shifts); 5400 ms starts the next.
    expect(cumulativeLayoutShift(steady).cls).toBeCloseTo(0.06);
  });

  it('ignores shifts right after user input, and sorts entries by time', () => {
    const score = cumulativeLayoutShift([shift(1200, 0.05), shift(100, 0.5, true), shift(1000, 0.05)]);
    expect(score).toEqual({ cls: 0.1, total: 0.1, shifts: 2 });
  });
});
