import { describe, expect, it } from 'vitest';
import { CELL_KINDS, COMMITTEE_STATUSES, type Cell, type CellKind, type CommitteeStatus } from './cell.ts';
import {
  MIN_TILE_SIZE,
  placeTiles,
  STATUS_ORDER,
  STATUS_PALETTE,
  statusColor,
  statusPattern,
  tileLayout,
  tileLayoutHeight,
  type TileLayout,
} from './tile-layout.ts';

function cell(slug: string, kind: CellKind, committee: CommitteeStatus, name: string | null = null): Cell {
  return { slug, name, kind, committee, committeeFormedOn: null, fullMembers: null };
}

/** The 25 cells of Đảng bộ thị trấn Mường Khương, shaped as the seed has them. */
const muongKhuong: Cell[] = [
  ...['Na Đẩy', 'Na Khui', 'Chúng Chải B', 'Lao Chải', 'Sa Pả'].map((n, i) => cell(`formed-${i}`, 'residential', 'formed', n)),
  ...['Choán Ván', 'Sả Hồ'].map((n, i) => cell(`none-${i}`, 'residential', 'none', n)),
  ...Array.from({ length: 10 }, (_, i) => cell(`to-dan-pho-chua-ro-ten-${i + 1}`, 'residential', 'existing')),
  ...Array.from({ length: 8 }, (_, i) => cell(`co-quan-truong-hoc-chua-ro-ten-${i + 1}`, 'agencyOrSchool', 'unknown')),
];

function manyCells(n: number): Cell[] {
  return Array.from({ length: n }, (_, i) =>
    cell(`c-${i}`, CELL_KINDS[i % CELL_KINDS.length] ?? 'residential', COMMITTEE_STATUSES[i % 5] ?? 'unknown', i % 3 ? `Tổ ${i}` : null),
  );
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function assertSound(layout: TileLayout, count: number): void {
  const tiles = layout.groups.flatMap((g) => g.tiles);
  expect(tiles).toHaveLength(count);
  expect(tiles.map((t) => t.index)).toEqual(Array.from({ length: count }, (_, i) => i));
  const boxes = tiles.map((t) => ({ x: t.x, y: t.y, width: t.size, height: t.size }));
  for (const [i, a] of boxes.entries()) {
    expect(a.width).toBeGreaterThanOrEqual(MIN_TILE_SIZE);
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }
  for (const [i, g] of layout.groups.entries()) {
    for (const t of g.tiles) {
      expect(t.y).toBeGreaterThanOrEqual(g.y);
      expect(t.y + t.size).toBeLessThanOrEqual(g.y + g.height);
    }
    for (const h of layout.groups.slice(i + 1)) expect(overlaps(g, h)).toBe(false);
  }
}

describe('statusColor', () => {
  it('gives each status its palette colour, all distinct', () => {
    expect(COMMITTEE_STATUSES.map(statusColor)).toEqual(COMMITTEE_STATUSES.map((s) => STATUS_PALETTE[s]));
    expect(new Set(COMMITTEE_STATUSES.map(statusColor)).size).toBe(5);
  });

  it('gives an unexpected status the unknown colour instead of growing the scale', () => {
    expect(statusColor('bogus' as CommitteeStatus)).toBe(STATUS_PALETTE.unknown);
    expect(statusColor('existing')).toBe(STATUS_PALETTE.existing);
  });

  it('keeps 3:1 contrast against white and a dark background for every status but the outlined unknown', () => {
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const status of ['existing', 'formed', 'none', 'ineligible'] as const) {
      expect(contrast(statusColor(status), '#ffffff'), status).toBeGreaterThanOrEqual(3);
      expect(contrast(statusColor(status), '#121212'), status).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(statusColor('unknown'), '#121212')).toBeGreaterThanOrEqual(3);
    expect(statusPattern('unknown')).toBe('outline');
  });
});

describe('statusPattern', () => {
  it('gives every status a distinct pattern so colour is never the only cue', () => {
    expect(new Set(COMMITTEE_STATUSES.map(statusPattern)).size).toBe(5);
    expect(statusPattern('existing')).toBe('solid');
  });
});

describe('STATUS_ORDER', () => {
  it('lists every status once', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...COMMITTEE_STATUSES].sort());
  });
});

describe('tileLayout', () => {
  it('fits the 25 Mường Khương cells in 320 px with tappable tiles and no overlaps', () => {
    const layout = tileLayout(muongKhuong, { width: 320 });
    assertSound(layout, 25);
    expect(layout.groups.map((g) => g.kind)).toEqual(['residential', 'agencyOrSchool']);
    expect(layout.groups.map((g) => g.tiles.length)).toEqual([17, 8]);
  });

  it('orders tiles by status, then name, with unnamed cells last', () => {
    const [residential] = tileLayout(muongKhuong, { width: 320 }).groups;
    const order = residential?.tiles.map((t) => t.cell.name ?? t.cell.slug);
    expect(order?.slice(0, 7)).toEqual([
      'to-dan-pho-chua-ro-ten-1',
      'to-dan-pho-chua-ro-ten-2',
      'to-dan-pho-chua-ro-ten-3',
      'to-dan-pho-chua-ro-ten-4',
      'to-dan-pho-chua-ro-ten-5',
      'to-dan-pho-chua-ro-ten-6',
      'to-dan-pho-chua-ro-ten-7',
    ]);
    expect(order?.slice(9)).toEqual(['to-dan-pho-chua-ro-ten-10', 'Chúng Chải B', 'Lao Chải', 'Na Đẩy', 'Na Khui', 'Sa Pả', 'Choán Ván', 'Sả Hồ']);
  });

  it('puts named cells before unnamed ones of the same status', () => {
    const layout = tileLayout([cell('b', 'school', 'none'), cell('a', 'school', 'none', 'Trường A')], { width: 320 });
    expect(layout.groups[0]?.tiles.map((t) => t.cell.slug)).toEqual(['a', 'b']);
  });

  it('lays out 128 cells of every kind within the width', () => {
    for (const width of [240, 320, 375, 768]) assertSound(tileLayout(manyCells(128), { width }), 128);
  });

  it('wraps rows to the width and stacks groups with their gap and header', () => {
    const cells = Array.from({ length: 10 }, (_, i) => cell(`c${i}`, 'residential', 'existing'));
    const layout = tileLayout([...cells, cell('s', 'school', 'unknown')], { width: 100, tileSize: 30, gap: 5, groupGap: 10, headerHeight: 20 });
    const [first, second] = layout.groups;
    expect(first?.tiles.map((t) => t.x).slice(0, 4)).toEqual([0, 35, 70, 0]);
    expect(first?.height).toBe(20 + 4 * 30 + 3 * 5);
    expect(second?.y).toBe((first?.height ?? 0) + 10);
    expect(second?.tiles[0]?.y).toBe((second?.y ?? 0) + 20);
    expect(layout.height).toBe((second?.y ?? 0) + (second?.height ?? 0));
  });

  it('shrinks the tile to a narrow width but never below 24 px', () => {
    const layout = tileLayout([cell('a', 'police', 'none')], { width: 28, tileSize: 40 });
    expect(layout.groups[0]?.tiles[0]?.size).toBe(28);
    expect(() => tileLayout([], { width: 20 })).toThrow(RangeError);
    expect(() => tileLayout([], { width: 320, tileSize: 16 })).toThrow(RangeError);
    expect(() => tileLayout([], { width: 320, gap: -1 })).toThrow(RangeError);
    expect(() => tileLayout([], { width: Number.NaN })).toThrow(RangeError);
  });

  it('is deterministic whatever order the cells come in', () => {
    const shuffled = [...muongKhuong].reverse();
    expect(tileLayout(shuffled, { width: 320 })).toEqual(tileLayout(muongKhuong, { width: 320 }));
  });

  it('gives an empty layout for no cells', () => {
    expect(tileLayout([], { width: 320 })).toEqual({ width: 320, height: 0, groups: [] });
  });

  it('names the option out of range and its value', () => {
    expect(() => tileLayout([], { width: 20 })).toThrow(new RangeError('width must be at least 24 px, got 20'));
    expect(() => tileLayout([], { width: 320, tileSize: 16 })).toThrow(new RangeError('tileSize must be at least 24 px, got 16'));
    expect(() => tileLayout([], { width: 20, groupGap: -1 })).toThrow(new RangeError('groupGap must be a finite number of 0 or more, got -1'));
    expect(() => tileLayout([], { width: Infinity })).toThrow(new RangeError('width must be a finite number of 0 or more, got Infinity'));
  });
});

describe('placeTiles', () => {
  it('gives the layout tileLayout gives for valid options, at whole and fractional widths', () => {
    const options = [{}, { headerHeight: 0 }, { tileSize: 40, gap: 2, groupGap: 0, headerHeight: 10 }];
    for (const cells of [muongKhuong, manyCells(128), manyCells(1), []]) {
      for (const width of [24, 25.5, 100, 319.75, 320, 641, 1280]) {
        for (const o of options) expect(placeTiles(cells, { width, ...o })).toEqual(tileLayout(cells, { width, ...o }));
      }
    }
  });
});

describe('tileLayoutHeight', () => {
  const mixes: Array<[string, Cell[]]> = [
    ['the 25 Mường Khương cells', muongKhuong],
    ['128 cells of every kind', manyCells(128)],
    ['one cell', manyCells(1)],
    ['no cells', []],
  ];
  const widths = Array.from({ length: 1280 - MIN_TILE_SIZE + 1 }, (_, i) => MIN_TILE_SIZE + i);

  it.each(mixes)('gives the height tileLayout gives %s, at every width from 24 to 1280 px and with other spacings', (_name, cells) => {
    const kinds = cells.map((c) => c.kind);
    const options = [{}, { headerHeight: 0 }, { tileSize: 40, gap: 2, groupGap: 0, headerHeight: 10 }];
    const differing = widths.flatMap((width) =>
      options.filter((o) => tileLayoutHeight(kinds, { width, ...o }) !== tileLayout(cells, { width, ...o }).height).map((o) => ({ width, ...o })),
    );
    expect(differing).toEqual([]);
  });

  it('counts the kinds in any order', () => {
    expect(tileLayoutHeight(['school', 'residential', 'residential'], { width: 320 })).toBe(128);
  });

  it('refuses the widths and sizes tileLayout refuses', () => {
    expect(() => tileLayoutHeight(['residential'], { width: 23 })).toThrow(RangeError);
    expect(() => tileLayoutHeight(['residential'], { width: 320, gap: Number.NaN })).toThrow(/gap/);
  });
});
