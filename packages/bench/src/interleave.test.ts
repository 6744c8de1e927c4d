import { describe, expect, it } from 'vitest';
import { interleave, runInterleaved } from './interleave.ts';

describe('interleave', () => {
  it('runs every candidate once per round, rotating the order by one each round', () => {
    expect(interleave(['A', 'B', 'C'], 4)).toEqual([
      { round: 0, candidate: 'A' },
      { round: 0, candidate: 'B' },
      { round: 0, candidate: 'C' },
      { round: 1, candidate: 'B' },
      { round: 1, candidate: 'C' },
      { round: 1, candidate: 'A' },
      { round: 2, candidate: 'C' },
      { round: 2, candidate: 'A' },
      { round: 2, candidate: 'B' },
      { round: 3, candidate: 'A' },
      { round: 3, candidate: 'B' },
      { round: 3, candidate: 'C' },
    ]);
  });

  it('gives every candidate every position equally often over a whole cycle of rounds', () => {
    const candidates = ['A', 'B', 'C', 'D'];
    const steps = interleave(candidates, 8);
    for (const c of candidates) {
      const positions = steps
        .map((s, i) => ({ ...s, position: i % candidates.length }))
        .filter((s) => s.candidate === c)
        .map((s) => s.position);
      expect(positions.sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    }
  });

  it('never runs a candidate twice in a row when there are three or more', () => {
    const order = interleave(['A', 'B', 'C'], 5).map((s) => s.candidate);
    expect(order).toHaveLength(15);
    expect(order.filter((candidate, i) => i > 0 && candidate === order[i - 1])).toEqual([]);
  });

  it('refuses zero or fractional rounds', () => {
    expect(() => interleave(['A'], 0)).toThrow(RangeError);
    expect(() => interleave(['A'], 1.5)).toThrow(RangeError);
  });
});

describe('runInterleaved', () => {
  it('collects each candidate’s measurements in run order', async () => {
    const calls: string[] = [];
    const results = await runInterleaved(['A', 'B'], { rounds: 3, minRounds: 1, budgetMs: 1e9 }, async (c, round) => {
      calls.push(`${c}${round}`);
      return round;
    });
    expect(calls).toEqual(['A0', 'B0', 'B1', 'A1', 'A2', 'B2']);
    expect(results.get('A')).toEqual([0, 1, 2]);
    expect(results.get('B')).toEqual([0, 1, 2]);
  });

  it('starts no new round once the time budget is spent, but finishes the minimum rounds', async () => {
    let clock = 0;
    const results = await runInterleaved(['A', 'B'], { rounds: 10, minRounds: 2, budgetMs: 5, now: () => clock }, async () => {
      clock += 10; // every run takes longer than the whole budget
      return clock;
    });
    expect(results.get('A')).toHaveLength(2);
    expect(results.get('B')).toHaveLength(2);
  });

  it('never stops in the middle of a round', async () => {
    let clock = 0;
    const results = await runInterleaved(['A', 'B', 'C'], { rounds: 4, minRounds: 1, budgetMs: 25, now: () => clock }, async () => {
      clock += 10;
      return clock;
    });
    const lengths = [...results.values()].map((r) => r.length);
    expect(new Set(lengths).size).toBe(1);
    expect(lengths[0]).toBe(1);
  });
});
