import { describe, expect, it } from 'vitest';
import { nextRowIndex } from './row-navigation.ts';

describe('nextRowIndex', () => {
  it('moves by one with the arrows and to the ends with Home and End, without wrapping', () => {
    expect(nextRowIndex(5, 0, 'ArrowDown')).toBe(1);
    expect(nextRowIndex(5, 4, 'ArrowDown')).toBe(4);
    expect(nextRowIndex(5, 0, 'ArrowUp')).toBe(0);
    expect(nextRowIndex(5, 2, 'Home')).toBe(0);
    expect(nextRowIndex(5, 2, 'End')).toBe(4);
  });

  it('ignores other keys and an empty list', () => {
    expect(nextRowIndex(5, 2, 'Tab')).toBeNull();
    expect(nextRowIndex(0, 0, 'ArrowDown')).toBeNull();
  });
});
