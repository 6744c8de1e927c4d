// Where the arrow keys, Home and End take the keyboard focus on the tile map; pure positions only.

const TILE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
type TileKey = (typeof TILE_KEYS)[number];

interface Placed {
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

function isTileKey(key: string): key is TileKey {
  return (TILE_KEYS as readonly string[]).includes(key);
}

/**
 * The index of the tile to focus after `key`, or null when the key is not a navigation key or
 * there is nowhere to go. Left and right follow reading order (across rows and groups); up and down
 * go to the nearest tile of the row above or below, whatever group it is in. No wrapping.
 *
 * @param tiles every tile, in index order
 * @example nextTileIndex(tiles, 0, 'End') // tiles.length - 1
 */
export function nextTileIndex(tiles: readonly Placed[], current: number, key: string): number | null {
  if (!isTileKey(key) || tiles.length === 0) return null;
  const last = tiles.length - 1;
  const from = tiles[Math.min(Math.max(current, 0), last)]!;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowLeft':
      return Math.max(from.index - 1, 0);
    case 'ArrowRight':
      return Math.min(from.index + 1, last);
    case 'ArrowUp':
    case 'ArrowDown': {
      const below = key === 'ArrowDown';
      const rows = tiles.filter((t) => (below ? t.y > from.y : t.y < from.y)).map((t) => t.y);
      if (rows.length === 0) return from.index;
      const row = below ? Math.min(...rows) : Math.max(...rows);
      const candidates = tiles.filter((t) => t.y === row);
      const nearest = candidates.reduce((best, t) => (Math.abs(t.x - from.x) < Math.abs(best.x - from.x) ? t : best));
      return nearest.index;
    }
  }
}
