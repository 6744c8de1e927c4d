import { describe, expect, it } from 'vitest';
import { checkBudget, proposeBudget } from './budgets.ts';

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
