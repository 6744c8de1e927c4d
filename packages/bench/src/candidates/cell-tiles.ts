// What the alternative cell maps share, so they draw the same picture as <party-cell-map>: tiles
// grouped by kind of cell, ordered by committee status, one colour per status. Plain data, no DOM.

/** A cell as the page hands it to every map (the wire shape of the API's cells). */
export interface BenchCell {
  readonly slug: string;
  readonly name: string | null;
  readonly kind: string;
  readonly committee: string;
}

export const STATUS_ORDER = ['existing', 'formed', 'none', 'ineligible', 'unknown'] as const;

/** The element's default palette (colour-blind safe). */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  existing: '#009e73',
  formed: '#0072b2',
  none: '#d55e00',
  ineligible: '#8c8c8c',
  unknown: '#d9d9d9',
};

export interface PlacedTile {
  readonly cell: BenchCell;
  readonly x: number;
  readonly y: number;
}

export interface TileGrid {
  readonly width: number;
  readonly height: number;
  readonly tile: number;
  readonly groups: ReadonlyArray<{ readonly kind: string; readonly y: number; readonly count: number }>;
  readonly tiles: readonly PlacedTile[];
}

const HEADING = 20;

/** Rows of square tiles, one block per kind (in order of first appearance), statuses in STATUS_ORDER. */
export function tileGrid(cells: readonly BenchCell[], width: number, tile = 26, gap = 4): TileGrid {
  const kinds = [...new Set(cells.map((c) => c.kind))];
  const columns = Math.max(1, Math.floor((width + gap) / (tile + gap)));
  const rank = (s: string) => STATUS_ORDER.indexOf(s as (typeof STATUS_ORDER)[number]);
  const groups: Array<{ kind: string; y: number; count: number }> = [];
  const tiles: PlacedTile[] = [];
  let y = 0;
  for (const kind of kinds) {
    const members = cells.filter((c) => c.kind === kind).sort((a, b) => rank(a.committee) - rank(b.committee));
    groups.push({ kind, y, count: members.length });
    y += HEADING;
    members.forEach((cell, i) => tiles.push({ cell, x: (i % columns) * (tile + gap), y: y + Math.floor(i / columns) * (tile + gap) }));
    y += Math.ceil(members.length / columns) * (tile + gap) + gap;
  }
  return { width, height: y, tile, groups, tiles };
}

/** Tells the page that an element has drawn its figure. */
export function announceRendered(element: HTMLElement): void {
  element.dispatchEvent(new Event('bench-rendered', { bubbles: true, composed: true }));
}

/** Registers a tag once, as the real embed does. */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
