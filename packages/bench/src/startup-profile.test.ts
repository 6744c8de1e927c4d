import { describe, expect, it } from 'vitest';
import { summariseStartupProfile } from './startup-profile.ts';

const frame = (id: number, functionName: string) => ({ id, callFrame: { functionName } });

describe('summariseStartupProfile', () => {
  it('splits sampled time into active, idle and garbage collection, in milliseconds', () => {
    const summary = summariseStartupProfile({
      nodes: [frame(1, '(root)'), frame(2, '(idle)'), frame(3, '(garbage collector)'), frame(4, 'createApp')],
      startTime: 1_000_000,
      endTime: 1_010_000,
      samples: [4, 4, 2, 3, 4],
      timeDeltas: [1000, 2000, 3000, 500, 1500],
    });
    expect(summary).toEqual({
      profileWindowMs: 10,
      sampledMs: 8,
      activeMs: 5,
      garbageCollectionMs: 0.5,
      idleMs: 3,
      samples: 5,
    });
  });

  it('is all zeros for a profile without samples', () => {
    const summary = summariseStartupProfile({ nodes: [], startTime: 5, endTime: 5 });
    expect(summary.activeMs).toBe(0);
    expect(summary.samples).toBe(0);
  });
});
