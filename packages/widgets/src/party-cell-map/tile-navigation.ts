// Where the arrow keys, Home and End take the keyboard focus on the tile map; pure positions only.

interface Placed {
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The index of the tile to focus after `key`, or null when the key is not a navigation key or
 * there is nowhere to go. Left and right follow reading order (across rows and groups); up and down
 * go to the nearest tile of the row above or below, whatever group it is in (the first of the
 * nearest in index order on a tie). No wrapping.
 *
 * @param tiles every tile, in index order
 * @example nextTileIndex(tiles, 0, 'End') // tiles.length - 1
 */
export function nextTileIndex(tiles: readonly Placed[], current: number, key: string): number | null {
  const last = tiles.length - 1;
  const from = tiles[Math.min(Math.max(current, 0), last)];
  if (!from) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'ArrowLeft') return Math.max(from.index - 1, 0);
  if (key === 'ArrowRight') return Math.min(from.index + 1, last);
  // +1 down, -1 up: a tile's distance in that direction is then positive.
  const direction = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
  if (direction === 0) return null;
  let best = from;
  let bestRow = Infinity;
  for (const t of tiles) {
    const row = (t.y - from.y) * direction;
    if (row > 0 && (row < bestRow || (row === bestRow && Math.abs(t.x - from.x) < Math.abs(best.x - from.x)))) {
      best = t;
      bestRow = row;
    }
  }
  return best.index;
}
