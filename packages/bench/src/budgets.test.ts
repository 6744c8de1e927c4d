import { describe, expect, it } from 'vitest';
import { checkBudget, nextBudget, proposeBudget } from './budgets.ts';

describe('checkBudget', () => {
  it('passes a figure at or under its budget and says how much is left', () => {
    expect(checkBudget('payload.gauge.gzip', 12_000, 12_000).ok).toBe(true);
    expect(checkBudget('payload.gauge.gzip', 11_000, 12_000).message).toBe('payload.gauge.gzip: 11,000 B is within its budget of 12,000 B (1,000 B to spare)');
  });

  it('fails a figure over its budget, printing figure, budget and excess', () => {
    const verdict = checkBudget('worker.api.gzip', 170_000, 166_000);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe('worker.api.gzip: 170,000 B exceeds its budget of 166,000 B by 4,000 B (+2.4 %)');
  });
});

describe('proposeBudget', () => {
  it('adds the headroom and rounds up to a whole byte', () => {
    expect(proposeBudget(1000, 0.03)).toBe(1030);
    expect(proposeBudget(44_592, 0.03)).toBe(45_930);
  });

  it('refuses negative input', () => {
    expect(() => proposeBudget(-1, 0.03)).toThrow(RangeError);
  });
});

describe('nextBudget', () => {
  const date = '2026-12-04';

  it('lowers a budget to the measurement plus the headroom when the build shrank, saying from what', () => {
    const change = nextBudget({ measured: 13_715, headroom: 0.03, target: 12_000, before: { bytes: 19_666, reason: 'Raised for the early image' }, date });
    expect(change).toEqual({
      bytes: 14_127,
      reason: 'Lowered on 2026-12-04 from 19,666 B to the measurement (13,715 B) plus the headroom',
      raised: false,
    });
  });

  it('keeps a budget the figure is still within, with its reason, rather than creeping up by the headroom', () => {
    const before = { bytes: 1_875_764, reason: 'Kept at its size' };
    expect(nextBudget({ measured: 1_836_786, headroom: 0.03, target: null, before, date })).toEqual({ ...before, raised: false });
  });

  it('sets a met target as the budget, and keeps it there while the figure stays within it', () => {
    const set = nextBudget({ measured: 74_874, headroom: 0.03, target: 150_000, before: { bytes: 160_000 }, date });
    expect(set).toEqual({ bytes: 150_000, reason: 'Set on 2026-12-04 from 160,000 B to its target, which the measurement (74,874 B) meets', raised: false });
    const kept = nextBudget({ measured: 74_874, headroom: 0.03, target: 150_000, before: { bytes: 150_000, reason: 'At its target' }, date });
    expect(kept).toEqual({ bytes: 150_000, reason: 'At its target', raised: false });
  });

  it('raises a budget only for a figure over it, and marks the rise so the caller asks for a reason', () => {
    expect(nextBudget({ measured: 20_000, headroom: 0.03, target: 12_000, before: { bytes: 19_666 }, date })).toEqual({ bytes: 20_600, raised: true });
    expect(nextBudget({ measured: 20_000, headroom: 0.03, target: 12_000, before: { bytes: 19_666 }, reason: 'A new feature', date })).toEqual({
      bytes: 20_600,
      reason: 'A new feature',
      raised: true,
    });
  });

  it('proposes the measurement plus the headroom for a figure with no budget yet', () => {
    expect(nextBudget({ measured: 1000, headroom: 0.03, target: null, date })).toEqual({ bytes: 1030, raised: false });
  });
});
