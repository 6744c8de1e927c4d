import { describe, expect, it } from 'vitest';
import { vietnamDay } from './today.ts';

describe('vietnamDay', () => {
  it('turns the day over at 17:00 UTC', () => {
    expect(vietnamDay(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(vietnamDay(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
