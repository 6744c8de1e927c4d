import { describe, expect, it } from 'vitest';
import { subordinateTotals } from './subordinate-totals.ts';

const single = (n: number) => ({ min: n, max: n });

describe('subordinateTotals', () => {
  it('adds the admitted and the targets of the subordinates that have figures, and counts those without apart, never as zero', () => {
    const { sum } = subordinateTotals(null, [{ admitted: 12, target: single(10) }, null, { admitted: 7, target: { min: 8, max: 9 } }]);
    expect(sum).toEqual({ admitted: 19, target: { min: 18, max: 19 }, reporting: 2, count: 3 });
  });

  it('gives no summed target when a subordinate with figures states none (a sum of what is known would read as the whole)', () => {
    expect(
      subordinateTotals(null, [
        { admitted: 12, target: single(10) },
        { admitted: 3, target: null },
      ]).sum.target,
    ).toBeNull();
  });

  it('gives no sum at all of nothing: no subordinate has figures', () => {
    expect(subordinateTotals(null, [null, null]).sum).toEqual({ admitted: null, target: null, reporting: 0, count: 2 });
  });

  it('states the difference when the organisation’s own figures and the sum disagree', () => {
    const { difference } = subordinateTotals({ admitted: 100, target: single(90) }, [
      { admitted: 60, target: single(50) },
      { admitted: 30, target: single(30) },
    ]);
    expect(difference).toEqual({ admitted: 10, target: { min: 10, max: 10 } });
  });

  it('states a negative difference when the subordinates add up to more', () => {
    expect(subordinateTotals({ admitted: 20, target: null }, [{ admitted: 25, target: null }]).difference).toEqual({ admitted: -5, target: null });
  });

  it('states no difference when they agree, or when there is no total to compare with', () => {
    const rows = [
      { admitted: 60, target: single(50) },
      { admitted: 40, target: single(40) },
    ];
    expect(subordinateTotals({ admitted: 100, target: single(90) }, rows).difference).toBeNull();
    expect(subordinateTotals(null, rows).difference).toBeNull();
  });

  it('compares the targets only when both are known, and the admitted even then', () => {
    expect(subordinateTotals({ admitted: 100, target: null }, [{ admitted: 100, target: single(90) }]).difference).toBeNull();
    expect(subordinateTotals({ admitted: 100, target: single(80) }, [{ admitted: 100, target: single(90) }]).difference).toEqual({
      admitted: 0,
      target: { min: -10, max: -10 },
    });
  });

  it('compares a total with a sum of some subordinates only, and says how many reported', () => {
    const totals = subordinateTotals({ admitted: 50, target: null }, [{ admitted: 30, target: null }, null]);
    expect(totals.sum.reporting).toBe(1);
    expect(totals.difference).toEqual({ admitted: 20, target: null });
  });
});
