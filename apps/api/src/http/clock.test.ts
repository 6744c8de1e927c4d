import { describe, expect, it } from 'vitest';
import { nowMs } from './clock.ts';

describe('nowMs', () => {
  it('answers the instant a test holds the clock at', () => {
    expect(nowMs({ TEST_NOW: Date.UTC(2025, 5, 30, 10, 0, 15) })).toBe(Date.UTC(2025, 5, 30, 10, 0, 15));
  });

  it('answers the real time when no test holds it', () => {
    const before = Date.now();
    const now = nowMs({});
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
