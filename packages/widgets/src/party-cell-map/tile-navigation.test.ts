import { describe, expect, it } from 'vitest';
import { nextTileIndex } from './tile-navigation.ts';

// Two groups: three tiles in a row of two plus one, then two tiles in a row further down.
const tiles = [
  { index: 0, x: 0, y: 0 },
  { index: 1, x: 36, y: 0 },
  { index: 2, x: 0, y: 36 },
  { index: 3, x: 0, y: 100 },
  { index: 4, x: 36, y: 100 },
];

describe('nextTileIndex', () => {
  it('moves left and right in reading order without wrapping', () => {
    expect(nextTileIndex(tiles, 1, 'ArrowRight')).toBe(2);
    expect(nextTileIndex(tiles, 4, 'ArrowRight')).toBe(4);
    expect(nextTileIndex(tiles, 0, 'ArrowLeft')).toBe(0);
  });

  it('moves up and down to the nearest tile of the next row, across groups', () => {
    expect(nextTileIndex(tiles, 1, 'ArrowDown')).toBe(2);
    expect(nextTileIndex(tiles, 2, 'ArrowDown')).toBe(3);
    expect(nextTileIndex(tiles, 4, 'ArrowUp')).toBe(2);
    expect(nextTileIndex(tiles, 0, 'ArrowUp')).toBe(0);
  });

  it('takes the first of two tiles as near, and stays on a tile with no row beyond', () => {
    const offset = [
      { index: 0, x: 18, y: 0 },
      { index: 1, x: 0, y: 36 },
      { index: 2, x: 36, y: 36 },
    ];
    expect(nextTileIndex(offset, 0, 'ArrowDown')).toBe(1);
    expect(nextTileIndex(offset, 2, 'ArrowUp')).toBe(0);
    expect(nextTileIndex(offset, 2, 'ArrowDown')).toBe(2);
  });

  it('goes to the first and last tile with Home and End', () => {
    expect(nextTileIndex(tiles, 2, 'Home')).toBe(0);
    expect(nextTileIndex(tiles, 2, 'End')).toBe(4);
  });

  it('ignores other keys and empty maps', () => {
    expect(nextTileIndex(tiles, 2, 'Enter')).toBeNull();
    expect(nextTileIndex([], 0, 'End')).toBeNull();
  });
});
