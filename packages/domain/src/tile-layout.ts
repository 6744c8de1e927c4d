// Colours, patterns and positions of the cell-committee tile map; knows nothing of the DOM, only of numbers and cells.
import { CELL_KINDS, type Cell, type CellKind, type CommitteeStatus } from './cell.ts';

/** Order of statuses in legends and within each group of tiles: best news first, unknown last. */
export const STATUS_ORDER: readonly CommitteeStatus[] = ['existing', 'formed', 'none', 'ineligible', 'unknown'];

/**
 * The palette, from the Okabe–Ito colour-blind-safe set plus greys. Each of the first four has at
 * least 3:1 contrast (WCAG non-text) against white and against a #121212 dark background; `unknown`
 * is deliberately faint and is drawn with an outline (its pattern) so it shows on white too.
 * Colour is never the only cue: see statusPattern().
 */
export const STATUS_PALETTE: Readonly<Record<CommitteeStatus, string>> = {
  existing: '#009e73', // bluish green
  formed: '#0072b2', // blue
  none: '#d55e00', // vermilion
  ineligible: '#8c8c8c', // mid grey
  unknown: '#d9d9d9', // light grey, outlined
};

/**
 * Fill colour for a committee status; a status it does not know gets the `unknown` grey. A lookup:
 * five fixed statuses need no scale (d3-scale's ordinal scale would bring d3-array to every map).
 *
 * @example statusColor('formed') // '#0072b2'
 */
export function statusColor(status: CommitteeStatus): string {
  return Object.hasOwn(STATUS_PALETTE, status) ? STATUS_PALETTE[status] : STATUS_PALETTE.unknown;
}

export type StatusPattern = 'solid' | 'stripes' | 'dots' | 'cross' | 'outline';

const PATTERNS: Readonly<Record<CommitteeStatus, StatusPattern>> = {
  existing: 'solid',
  formed: 'stripes',
  none: 'cross', // a crossed tile reads as "no committee" without colour
  ineligible: 'dots',
  unknown: 'outline',
};

/**
 * A pattern per status, distinct for each, so the map reads in greyscale and for colour-blind readers.
 *
 * @example statusPattern('none') // 'cross'
 */
export function statusPattern(status: CommitteeStatus): StatusPattern {
  return PATTERNS[status] ?? 'outline';
}

export interface TileLayoutOptions {
  /** Width available, in px. */
  width: number;
  /** Edge of a square tile, 32 by default; at least 24 so tiles can be tapped. */
  tileSize?: number;
  gap?: number;
  /** Vertical space between groups. */
  groupGap?: number;
  /** Space above each group's tiles for its heading. */
  headerHeight?: number;
}

export interface TileLayout {
  width: number;
  height: number;
  groups: Array<{
    kind: CellKind;
    x: number;
    y: number;
    width: number;
    height: number;
    tiles: Array<{ cell: Cell; x: number; y: number; size: number; index: number }>;
  }>;
}

/** Smallest tile edge: the 24 px minimum target size of WCAG 2.2 (2.5.8). */
export const MIN_TILE_SIZE = 24;

const collator = new Intl.Collator('vi', { numeric: true });

/** By status, then named before unnamed, then by name, then by slug: each only when the one before is a tie (0). */
function compareCells(a: Cell, b: Cell): number {
  return (
    STATUS_ORDER.indexOf(a.committee) - STATUS_ORDER.indexOf(b.committee) ||
    Number(a.name === null) - Number(b.name === null) ||
    // Both named or both unnamed here; two unnamed cells compare '' with '', a tie.
    collator.compare(a.name ?? '', b.name ?? '') ||
    collator.compare(a.slug, b.slug)
  );
}

/**
 * Positions of the tiles of a cell map: one group per kind of cell (in CELL_KINDS order, empty kinds
 * left out), stacked top to bottom, each with room for a heading and rows of square tiles filling
 * the width. Within a group tiles follow STATUS_ORDER, then name (unnamed last, then by slug);
 * `index` numbers the tiles across all groups, for keyboard order. The same cells always give the
 * same layout. The tile shrinks to the width when needed, never below 24 px.
 *
 * @throws {RangeError} when width is under 24 px, tileSize under 24, or a spacing is negative or
 *   not finite.
 * @example
 * const layout = tileLayout(census.cells, { width: 320 });
 * layout.groups[0].kind; // 'residential'
 */
export function tileLayout(cells: readonly Cell[], options: TileLayoutOptions): TileLayout {
  checkOptions(options);
  return placeTiles(cells, options);
}

/**
 * `tileLayout` without checking its options, for a caller that only ever gives valid ones (the map
 * element: a width of at least 24 px and the default tile and gaps), so its page does not download
 * checks it never fails. With valid options, the same layout as tileLayout, which calls it.
 *
 * @example placeTiles(census.cells, { width: Math.max(measured, MIN_TILE_SIZE), headerHeight: 0 })
 */
export function placeTiles(cells: readonly Cell[], options: TileLayoutOptions): TileLayout {
  const grid = resolveGrid(options);
  const { width, size, gap, groupGap, headerHeight, columns } = grid;
  const groups: TileLayout['groups'] = [];
  let y = 0;
  let index = 0;
  for (const kind of CELL_KINDS) {
    const members = cells.filter((cell) => cell.kind === kind).sort(compareCells);
    if (members.length === 0) continue;
    const tiles = members.map((cell, i) => ({
      cell,
      x: (i % columns) * (size + gap),
      y: y + headerHeight + Math.floor(i / columns) * (size + gap),
      size,
      index: index++,
    }));
    const height = groupHeight(members.length, grid);
    groups.push({ kind, x: 0, y, width, height, tiles });
    y += height + groupGap;
  }
  return { width, height: groups.length === 0 ? 0 : y - groupGap, groups };
}

/**
 * The height `tileLayout` gives cells of these kinds, from how many there are of each, without
 * placing or sorting them: the same grid and the same group heights, so the two always agree. What an
 * embed's reserved height is computed from at every width (`@chitieu/embed`'s `embedHeight`).
 *
 * @throws {RangeError} as tileLayout does.
 * @example tileLayoutHeight(['residential', 'residential', 'school'], { width: 320 }) // 128
 */
export function tileLayoutHeight(kinds: readonly CellKind[], options: TileLayoutOptions): number {
  checkOptions(options);
  const grid = resolveGrid(options);
  const counts = new Map<CellKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let height = 0;
  let groups = 0;
  for (const kind of CELL_KINDS) {
    const count = counts.get(kind);
    if (count === undefined) continue;
    height += groupHeight(count, grid);
    groups++;
  }
  return groups === 0 ? 0 : height + (groups - 1) * grid.groupGap;
}

interface TileGrid {
  readonly width: number;
  readonly size: number;
  readonly gap: number;
  readonly groupGap: number;
  readonly headerHeight: number;
  readonly columns: number;
}

/** The defaults of the options. */
function withDefaults({ width, tileSize = 32, gap = 4, groupGap = 16, headerHeight = 24 }: TileLayoutOptions): Required<TileLayoutOptions> {
  return { width, tileSize, gap, groupGap, headerHeight };
}

/** Throws the RangeError tileLayout documents for options out of range. */
function checkOptions(options: TileLayoutOptions): void {
  const { width, tileSize, gap, groupGap, headerHeight } = withDefaults(options);
  for (const [name, value] of Object.entries({ width, tileSize, gap, groupGap, headerHeight })) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number of 0 or more, got ${value}`);
  }
  if (width < MIN_TILE_SIZE) throw new RangeError(`width must be at least ${MIN_TILE_SIZE} px, got ${width}`);
  if (tileSize < MIN_TILE_SIZE) throw new RangeError(`tileSize must be at least ${MIN_TILE_SIZE} px, got ${tileSize}`);
}

/** The options resolved (checked by checkOptions, or valid by construction): the tile's edge and how many tiles fit in a row. */
function resolveGrid(options: TileLayoutOptions): TileGrid {
  const resolved = withDefaults(options);
  const { width, gap } = resolved;
  const size = Math.min(resolved.tileSize, width);
  return { ...resolved, size, columns: Math.max(1, Math.floor((width + gap) / (size + gap))) };
}

/** A group's heading and its rows of `count` tiles. */
function groupHeight(count: number, grid: Pick<TileGrid, 'size' | 'gap' | 'headerHeight' | 'columns'>): number {
  const rows = Math.ceil(count / grid.columns);
  return grid.headerHeight + rows * grid.size + (rows - 1) * grid.gap;
}
