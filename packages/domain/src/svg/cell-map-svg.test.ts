import { describe, expect, it } from 'vitest';
import type { CommitteeStatus } from '../cell.ts';
import { EVERY_STATUS_CELLS, MANY_CELLS, parseXml, SEED_CELLS, sampleCellsResponse, xmlElements, xmlText, type XmlElement } from '../fixtures/index.ts';
import { STATUS_ORDER, statusColor, statusPattern } from '../tile-layout.ts';
import { renderCellMapSvg } from './cell-map-svg.ts';

const byPart = (root: XmlElement, part: string) => xmlElements(root).filter((e) => e.attributes['data-part'] === part);
const textsOf = (root: XmlElement, part: string) => byPart(root, part).map(xmlText);

const seed = parseXml(renderCellMapSvg(SEED_CELLS, { lang: 'vi' }));

describe('renderCellMapSvg with the article’s 25 cells', () => {
  it('is a well-formed SVG image with a title and a text alternative', () => {
    expect(seed.attributes).toMatchObject({ role: 'img', width: '600', lang: 'vi' });
    expect(xmlText(seed.children[0]!)).toBe('Đảng bộ thị trấn Mường Khương · Tình trạng chi ủy · Nhiệm kỳ 2020–2025');
    expect(xmlText(seed.children[1]!)).toBe(
      'Nhiệm kỳ 2020–2025 · 25 chi bộ. Tình trạng chi ủy: Có chi ủy từ đầu nhiệm kỳ: 10; ' +
        'Thành lập trong nhiệm kỳ: 5 (Chúng Chải B, Lao Chải, Na Đẩy, Na Khui, Sa Pả); Chưa có chi ủy: 2 (Choán Ván, Sả Hồ); ' +
        'Không đủ điều kiện lập chi ủy: 0; Không rõ: 8. Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”. Cập nhật 31/12/2024.',
    );
  });

  it('draws 25 tiles, grouped 17 residential and 8 agency or school, with headings', () => {
    expect(byPart(seed, 'tile')).toHaveLength(25);
    expect(textsOf(seed, 'group-heading')).toEqual(['Chi bộ tổ dân phố · 17 chi bộ', 'Chi bộ cơ quan, trường học · 8 chi bộ']);
    expect(textsOf(seed, 'subtitle')).toEqual(['Nhiệm kỳ 2020–2025 · 25 chi bộ']);
  });

  it('counts 10 / 5 / 2 / 0 / 8 in the legend, every status listed', () => {
    expect(byPart(seed, 'legend-item').map((item) => [item.attributes['data-status'], xmlText(item)])).toEqual([
      ['existing', 'Có chi ủy từ đầu nhiệm kỳ: 10'],
      ['formed', 'Thành lập trong nhiệm kỳ: 5'],
      ['none', 'Chưa có chi ủy: 2'],
      ['ineligible', 'Không đủ điều kiện lập chi ủy: 0'],
      ['unknown', 'Không rõ: 8'],
    ]);
    expect(textsOf(seed, 'legend-title')).toEqual(['Tình trạng chi ủy']);
  });

  it('fills every tile with its status pattern, whose ground is the status colour and whose marks match statusPattern', () => {
    const patterns = new Map(
      xmlElements(seed)
        .filter((e) => e.name === 'pattern')
        .map((p) => [p.attributes['id'], p]),
    );
    const counts: Partial<Record<string, number>> = {};
    const dashed = new Map<CommitteeStatus, boolean>();
    for (const tile of byPart(seed, 'tile')) {
      const status = tile.attributes['data-status'] as CommitteeStatus;
      counts[status] = (counts[status] ?? 0) + 1;
      expect(tile.attributes['data-pattern']).toBe(statusPattern(status));
      const rect = tile.children.find((c) => c.name === 'rect');
      const id = /^url\(#(.+)\)$/.exec(rect?.attributes['fill'] ?? '')?.[1];
      const pattern = patterns.get(id);
      expect(pattern?.attributes['data-pattern']).toBe(statusPattern(status));
      expect(pattern?.children[0]?.attributes['fill']).toBe(statusColor(status));
      dashed.set(status, rect?.attributes['stroke-dasharray'] !== undefined);
    }
    // Only the outline pattern (unknown) is dashed, so it reads without colour.
    expect(Object.fromEntries(dashed)).toEqual({ existing: false, formed: false, none: false, unknown: true });
    expect(counts).toEqual({ existing: 10, formed: 5, none: 2, unknown: 8 });
    expect([...patterns.values()].map((p) => p.attributes['data-pattern'])).toEqual(STATUS_ORDER.map(statusPattern));
  });

  it('names each tile’s cell and status, unnamed cells numbered, never given invented names', () => {
    const titles = byPart(seed, 'tile').map((tile) => xmlText(tile.children.find((c) => c.name === 'title')!));
    expect(titles).toContain('Na Đẩy: Thành lập trong nhiệm kỳ');
    expect(titles).toContain('Sả Hồ: Chưa có chi ủy');
    expect(titles).toContain('Chi bộ tổ dân phố (chưa rõ tên 1): Có chi ủy từ đầu nhiệm kỳ');
    expect(titles).toContain('Chi bộ cơ quan, trường học (chưa rõ tên 8): Không rõ');
  });

  it('credits the source and the as-of date', () => {
    expect(textsOf(seed, 'source').join(' ')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
    expect(textsOf(seed, 'updated')).toEqual(['Cập nhật 31/12/2024']);
  });
});

describe('renderCellMapSvg with cells not eligible for a committee', () => {
  const root = parseXml(renderCellMapSvg(EVERY_STATUS_CELLS, { lang: 'vi' }));

  it('counts 2 / 1 / 1 / 3 / 1 in the legend', () => {
    expect(byPart(root, 'legend-item').map((item) => [item.attributes['data-status'], xmlText(item)])).toEqual([
      ['existing', 'Có chi ủy từ đầu nhiệm kỳ: 2'],
      ['formed', 'Thành lập trong nhiệm kỳ: 1'],
      ['none', 'Chưa có chi ủy: 1'],
      ['ineligible', 'Không đủ điều kiện lập chi ủy: 3'],
      ['unknown', 'Không rõ: 1'],
    ]);
  });

  it('draws the three ineligible cells as tiles of that status, with its own pattern, named', () => {
    const ineligible = byPart(root, 'tile').filter((tile) => tile.attributes['data-status'] === 'ineligible');
    expect(ineligible.map((tile) => xmlText(tile.children.find((c) => c.name === 'title')!))).toEqual([
      'Thôn 2: Không đủ điều kiện lập chi ủy',
      'Thôn 4: Không đủ điều kiện lập chi ủy',
      'Trường Tiểu học: Không đủ điều kiện lập chi ủy',
    ]);
    expect(ineligible.map((tile) => tile.attributes['data-pattern'])).toEqual(Array(3).fill(statusPattern('ineligible')));
  });
});

describe('renderCellMapSvg in other cases', () => {
  it('keeps 128 cells drawable, every tile inside the image', () => {
    const root = parseXml(renderCellMapSvg(MANY_CELLS, { lang: 'en', width: 320 }));
    const tiles = byPart(root, 'tile');
    expect(tiles).toHaveLength(128);
    const [width, height] = [Number(root.attributes['width']), Number(root.attributes['height'])];
    for (const tile of tiles) {
      const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec(tile.attributes['transform'] ?? '') ?? [];
      expect(Number(x) + 32).toBeLessThanOrEqual(width - 16);
      expect(Number(y) + 32).toBeLessThan(height);
    }
  });

  it('speaks English', () => {
    const root = parseXml(renderCellMapSvg(SEED_CELLS, { lang: 'en' }));
    expect(textsOf(root, 'group-heading')).toEqual(['Residential-group cell · 17 cells', 'Agency or school cell · 8 cells']);
    expect(byPart(root, 'legend-item').map(xmlText)[1]).toBe('Committee formed this term: 5');
    expect(textsOf(root, 'updated')).toEqual(['Updated 31 Dec 2024']);
  });

  it('says there are no figures yet for a census without cells', () => {
    const root = parseXml(renderCellMapSvg(sampleCellsResponse([]), { lang: 'vi' }));
    expect(byPart(root, 'tile')).toHaveLength(0);
    expect(textsOf(root, 'empty')).toEqual(['Chưa có số liệu']);
  });

  it('renders hostile cell names as text, never as markup', () => {
    const data = sampleCellsResponse(
      [
        { slug: 'a', name: '<script>alert(1)</script>', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: null },
        { slug: 'b', name: 'Tổ 1 & "Tổ 2"\u0000', kind: 'residential', committee: 'none', committeeFormedOn: null, fullMembers: null },
      ],
      { organization: { slug: 'x', name: '</title><svg onload="x">' } },
    );
    const svg = renderCellMapSvg(data, { lang: 'vi' });
    expect(svg).not.toMatch(/<script|onload="x"|<\/title><svg/);
    const root = parseXml(svg);
    const titles = byPart(root, 'tile').map((tile) => xmlText(tile.children[0]!));
    expect(titles).toEqual(['<script>alert(1)</script>: Thành lập trong nhiệm kỳ', 'Tổ 1 & "Tổ 2": Chưa có chi ủy']);
    expect(xmlText(root.children[0]!)).toMatch(/^<\/title><svg onload="x"> · /);
  });

  it('never writes NaN, Infinity or undefined, at any width', () => {
    for (const data of [SEED_CELLS, MANY_CELLS, sampleCellsResponse([])]) {
      for (const width of [240, 600, 1600]) {
        for (const theme of ['light', 'dark'] as const) {
          expect(renderCellMapSvg(data, { lang: 'vi', width, theme })).not.toMatch(/NaN|Infinity|undefined|null/);
        }
      }
    }
  });
});
