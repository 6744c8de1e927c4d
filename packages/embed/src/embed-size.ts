// The size an iframe embed starts at, before its page reports its own height: what an oEmbed answer
// declares and the iframe code starts with. The map's tiles are laid out exactly as the element lays
// them out (the domain's tileLayout); the text around them (title, legend, source) is taken from
// what the elements measured with the seed figures at each width, in both languages, in Chromium.
// The page then reports its real height (the site's height-messages.ts). Knows nothing of the DOM.
import { MIN_TILE_SIZE, tileLayout, type Cell, type CellKind } from '@chitieu/domain';
import type { EmbedElement } from './embed-elements.ts';

/** The element's padding and border on both sides: what its width gives less to its tiles. */
const FRAME = 34;

/**
 * [from this width up, height]: the gauge's whole height; its text wraps more in a narrow column.
 * Measured (the larger of Vietnamese and English) with the seed figures, whose footer ends with the
 * line saying the organisation closed on 30/06/2025 (a 2024 figure: a footer line, not a callout).
 */
const GAUGE_HEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [480, 384],
  [380, 399],
  [350, 419],
  [340, 441],
  [0, 460],
];

/**
 * [from this width up, height]: the map's height less its tiles (title, group headings, legend, source
 * and the closing line of the seed figures' footer), measured as the gauge's.
 */
const MAP_TEXT_HEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [632, 294],
  [600, 320],
  [479, 338],
  [459, 356],
  [400, 382],
  [380, 408],
  [359, 428],
  [350, 447],
  [310, 470],
  [290, 488],
  [270, 507],
  [260, 545],
  [250, 583],
  [0, 601],
];

/**
 * [from this width up, height]: a ranking's height less its rows (title, period, total, sum, the
 * scroll area's edges and the footer), with the fixtures' figures; a stated difference adds a line.
 */
const RANKING_TEXT_HEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [600, 236],
  [480, 258],
  [380, 280],
  [0, 324],
];

/** A ranking row's height in px (the element's --chitieu-ranking-row-height, 3rem), and the most rows shown before it scrolls. */
export const RANKING_ROW_HEIGHT = 48;
export const RANKING_MAX_VISIBLE_ROWS = 40;

function byWidth(table: ReadonlyArray<readonly [number, number]>, width: number): number {
  return (table.find(([from]) => width >= from) ?? table[table.length - 1]!)[1];
}

/**
 * The height of an embed `width` pixels wide. `kinds` lists the kind of each cell the map draws: its
 * groups and rows of tiles depend on them; `rows` is the number of a ranking's subordinates, of which
 * it shows 40 before scrolling within itself.
 *
 * @example embedHeight('party-cell-map', 640, [...Array(17).fill('residential'), ...Array(8).fill('agencyOrSchool')]) // 410
 */
export function embedHeight(element: EmbedElement, width: number, kinds: readonly CellKind[] = [], rows = 0): number {
  if (element === 'party-target-gauge') return byWidth(GAUGE_HEIGHTS, width);
  if (element === 'party-target-ranking') return byWidth(RANKING_TEXT_HEIGHTS, width) + Math.min(rows, RANKING_MAX_VISIBLE_ROWS) * RANKING_ROW_HEIGHT;
  const cells = kinds.map((kind, i): Cell => ({ slug: `c${i}`, name: null, kind, committee: 'unknown', committeeFormedOn: null, fullMembers: null }));
  const tiles = cells.length === 0 ? 0 : tileLayout(cells, { width: Math.max(width - FRAME, MIN_TILE_SIZE), headerHeight: 0 }).height;
  return Math.ceil(tiles + byWidth(MAP_TEXT_HEIGHTS, width));
}
