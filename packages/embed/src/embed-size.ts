// The size an iframe embed starts at, before its page reports its own height: what an oEmbed answer
// declares and the iframe code starts with. The map's tiles are laid out exactly as the element lays
// them out (the domain's tileLayout); the text around them (title, legend, source) is taken from
// what the elements measured with the seed figures at each width, in both languages, in Chromium.
// The page then reports its real height (the site's height-messages.ts). Knows nothing of the DOM.
import { MIN_TILE_SIZE, tileLayoutHeight, type CellKind } from '@chitieu/domain';
import { MIN_EMBED_WIDTH, type EmbedElement } from './embed-elements.ts';

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
 * [from this width up, height]: a ranking's height less its rows (title, period, the sum line, the
 * list's margin and the footer), the larger of what was measured (in Vietnamese and English, in
 * Chromium) with the fixtures' five illustrative units and with the seed figures, whose footer adds the
 * source's long title and the notice that the one unit closed on 30/06/2025;
 * `RANKING_TOTAL_TEXT_HEIGHTS` with the organisation's own total and a stated difference above them
 * (the fixtures only).
 */
const RANKING_TEXT_HEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [599, 204],
  [471, 222],
  [440, 240],
  [376, 260],
  [332, 280],
  [329, 298],
  [318, 320],
  [309, 322],
  [0, 340],
];
const RANKING_TOTAL_TEXT_HEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [720, 278],
  [600, 297],
  [440, 317],
  [400, 356],
  [360, 396],
  [300, 455],
  [0, 475],
];

/**
 * A ranking row's height in px: the element's --chitieu-ranking-row-height (3rem), or in a column whose
 * content is narrower than 28rem (448 px) its --chitieu-ranking-narrow-row-height (4rem); and the most
 * rows shown before the list scrolls within the element.
 */
const RANKING_ROW_HEIGHT = 48;
const RANKING_NARROW_ROW_HEIGHT = 64;
const RANKING_NARROW_BELOW = 448;
const RANKING_MAX_VISIBLE_ROWS = 40;

/** What a ranking's height depends on: its rows, and whether a total (and difference) heads them. */
export interface RankingShape {
  readonly rows: number;
  readonly withTotal: boolean;
}

function byWidth(table: ReadonlyArray<readonly [number, number]>, width: number): number {
  return (table.find(([from]) => width >= from) ?? table[table.length - 1]!)[1];
}

/**
 * The height of an embed `width` pixels wide. `kinds` lists the kind of each cell the map draws: its
 * groups and rows of tiles depend on them; `ranking` gives a ranking's number of subordinates (it shows
 * 40 before scrolling within itself) and whether the organisation's own total heads it.
 *
 * @example embedHeight('party-cell-map', 640, [...Array(17).fill('residential'), ...Array(8).fill('agencyOrSchool')]) // 410
 */
export function embedHeight(
  element: EmbedElement,
  width: number,
  kinds: readonly CellKind[] = [],
  ranking: RankingShape = { rows: 0, withTotal: false },
): number {
  if (element === 'party-target-gauge') return byWidth(GAUGE_HEIGHTS, width);
  if (element === 'party-target-ranking') {
    const rowHeight = width - FRAME < RANKING_NARROW_BELOW ? RANKING_NARROW_ROW_HEIGHT : RANKING_ROW_HEIGHT;
    return byWidth(ranking.withTotal ? RANKING_TOTAL_TEXT_HEIGHTS : RANKING_TEXT_HEIGHTS, width) + Math.min(ranking.rows, RANKING_MAX_VISIBLE_ROWS) * rowHeight;
  }
  const tiles = tileLayoutHeight(kinds, { width: Math.max(width - FRAME, MIN_TILE_SIZE), headerHeight: 0 });
  return Math.ceil(tiles + byWidth(MAP_TEXT_HEIGHTS, width));
}

/** The widest an embed's heights are listed for (`embedHeightSteps`); a wider one keeps the last. */
export const EMBED_HEIGHT_STEPS_TO = 1280;

/**
 * `embedHeight` at every whole width from MIN_EMBED_WIDTH up to EMBED_HEIGHT_STEPS_TO, as steps:
 * [from this width up, height], narrowest first, one step per change. What the iframe page turns into
 * media queries, so the frame keeps the height its oEmbed answer or the builder's code declared from
 * the drawn figure to the element's own.
 */
export function embedHeightSteps(
  element: EmbedElement,
  kinds: readonly CellKind[] = [],
  ranking: RankingShape = { rows: 0, withTotal: false },
): Array<readonly [number, number]> {
  const steps: Array<readonly [number, number]> = [];
  for (let width = MIN_EMBED_WIDTH; width <= EMBED_HEIGHT_STEPS_TO; width++) {
    const height = embedHeight(element, width, kinds, ranking);
    if (steps.at(-1)?.[1] !== height) steps.push([width, height]);
  }
  return steps;
}
