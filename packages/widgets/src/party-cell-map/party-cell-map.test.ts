import { CELL_KINDS, COMMITTEE_STATUSES, statusPattern, type Cell } from '@chitieu/domain';
import { EVERY_STATUS_CELLS } from '@chitieu/domain/fixtures';
import { SEED } from '@chitieu/domain/seed';
import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe.ts';
import { API, installFakeApi, seedCells, type Behaviour, type FakeApi } from '../../test/fake-api.ts';
import { mount, shadow, unmountAll, until } from '../../test/fixture.ts';
import { clearLoadCache } from '../internal/load-json.ts';
import './define.ts';
import type { PartyCellMap } from './party-cell-map.ts';

const census = SEED.cellCensuses[0]!;

let api: FakeApi | undefined;

function serve(behaviour: Behaviour = 'ok'): FakeApi {
  api = installFakeApi(behaviour);
  return api;
}

afterEach(() => {
  unmountAll();
  api?.restore();
  api = undefined;
  clearLoadCache();
});

async function map(attributes: string, width = 360, content = ''): Promise<PartyCellMap> {
  const element = mount(`<party-cell-map ${attributes}>${content}</party-cell-map>`, width).querySelector('party-cell-map')!;
  await element.updateComplete;
  return element;
}

async function inlineMap(cells: Cell[], attributes = '', width = 360): Promise<PartyCellMap> {
  const element = await map(attributes, width);
  element.cells = cells;
  await until(element, 'ready');
  return element;
}

function tiles(element: Element): SVGRectElement[] {
  return [...shadow(element).querySelectorAll<SVGRectElement>('[part~="tile"]')];
}

/** A tile's status, from its second part name (`tile-formed`). */
function statusOf(tile: Element): Cell['committee'] {
  const part = [...tile.part].find((name) => name !== 'tile');
  return part!.slice('tile-'.length) as Cell['committee'];
}

function tooltip(element: Element): string {
  return shadow(element).querySelector('[part="tooltip"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function manyCells(count: number): Cell[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `chi-bo-${i + 1}`,
    name: i % 4 === 0 ? null : `Chi bộ số ${i + 1}`,
    kind: CELL_KINDS[i % CELL_KINDS.length]!,
    committee: COMMITTEE_STATUSES[(i * 3) % COMMITTEE_STATUSES.length]!,
    committeeFormedOn: null,
    fullMembers: null,
  }));
}

describe('<party-cell-map> with the seed cells from the API', () => {
  it('shows 25 tiles in two groups and counts 10 / 5 / 2 / 0 / 8 in its legend', async () => {
    const { requests } = serve();
    const element = await map(`org="muong-khuong" api="${API}"`);
    await until(element, 'ready');
    expect(requests).toEqual([`${API}v1/organizations/muong-khuong/cells`]);
    expect(tiles(element)).toHaveLength(25);
    const headings = [...shadow(element).querySelectorAll('[part="group-heading"]')].map((h) => h.textContent);
    expect(headings).toEqual(['Chi bộ tổ dân phố · 17 chi bộ', 'Chi bộ cơ quan, trường học · 8 chi bộ']);
    const legend = [...shadow(element).querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(legend).toEqual([
      'Có chi ủy từ đầu nhiệm kỳ: 10',
      'Thành lập trong nhiệm kỳ: 5',
      'Chưa có chi ủy: 2',
      'Không đủ điều kiện lập chi ủy: 0',
      'Không rõ: 8',
    ]);
    expect(shadow(element).querySelector('[part="title"]')?.textContent).toBe('Đảng bộ thị trấn Mường Khương');
    expect(shadow(element).querySelector('.subtitle')?.textContent).toBe('Nhiệm kỳ 2020–2025 · 25 chi bộ');
    expect(shadow(element).querySelector('.as-of')?.textContent).toBe('Số liệu đến ngày 31/12/2024');
    expect(shadow(element).querySelector('.updated')).toBeNull();
  });

  it('asks for the census of a date with as-of, and shares one request per URL', async () => {
    const { requests } = serve();
    mount(
      `<party-cell-map org="muong-khuong" api="${API}" as-of="2024-12-31"></party-cell-map>`.repeat(3) +
        `<party-cell-map org="muong-khuong" api="${API}"></party-cell-map>`,
    );
    for (const element of document.querySelectorAll('party-cell-map')) await until(element, 'ready');
    expect(requests.sort()).toEqual([`${API}v1/organizations/muong-khuong/cells`, `${API}v1/organizations/muong-khuong/cells?asOf=2024-12-31`]);
  });
});

describe('<party-cell-map> pinned, updated and closed', () => {
  const closed = (successors: Array<{ slug: string; name: string }>) => ({
    ...seedCells(),
    revision: 4,
    updatedAt: '2025-07-15T08:30:00.000Z',
    succeededBy: { validTo: '2025-06-30', successors },
  });

  it('asks for a pinned revision with ?revision=, which wins over as-of', async () => {
    const { requests } = serve();
    mount(
      `<party-cell-map org="muong-khuong" api="${API}" revision="2"></party-cell-map>`.repeat(2) +
        `<party-cell-map org="muong-khuong" api="${API}" revision="2" as-of="2024-12-31"></party-cell-map>`,
    );
    for (const element of document.querySelectorAll('party-cell-map')) await until(element, 'ready');
    expect(requests).toEqual([`${API}v1/organizations/muong-khuong/cells?revision=2`]);
  });

  for (const revision of ['0', 'two', '2.0', '+2']) {
    it(`shows the readable invalid state for revision="${revision}" and asks nothing`, async () => {
      const { requests } = serve();
      const element = await map(`org="muong-khuong" api="${API}" revision="${revision}"`);
      await until(element, 'error');
      expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('attributes');
      expect(shadow(element).querySelector('.status-message')?.textContent).toBe('Số liệu không hợp lệ');
      expect(requests).toEqual([]);
    });
  }

  it('shows "Cập nhật" from updatedAt, apart from the census date', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/cells', { ...seedCells(), revision: 2, updatedAt: '2025-07-15T23:59:59.999Z', succeededBy: null });
    const element = await map(`org="muong-khuong" api="${API}"`);
    await until(element, 'ready');
    expect(shadow(element).querySelector('.as-of')?.textContent).toBe('Số liệu đến ngày 31/12/2024');
    expect(shadow(element).querySelector('.updated')?.textContent).toBe('Cập nhật 15/07/2025');
    expect(shadow(element).querySelector('[part="notice"]')).toBeNull();
  });

  it('still shows a merged organisation’s cells, says it closed and names its successor', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/cells', closed([{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }]));
    const element = await map(`org="muong-khuong" api="${API}"`);
    await until(element, 'ready');
    expect(tiles(element)).toHaveLength(25);
    const notice = 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương.';
    expect(shadow(element).querySelector('[part="notice"]')?.textContent).toBe(notice);
    // A census of 31/12/2024, before the closing: the notice is a footer line, not a callout.
    expect(shadow(element).querySelector('.heading [part="notice"]')).toBeNull();
    expect(shadow(element).querySelector('[part="footer"] [part="notice"]')?.textContent).toBe(notice);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('puts the closing above the tiles for a census after it', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/cells', { ...closed([]), asOf: '2025-07-01' });
    const element = await map(`org="muong-khuong" api="${API}"`);
    await until(element, 'ready');
    expect(shadow(element).querySelector('.heading [part="notice"]')?.textContent).toBe(
      'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, nguồn không nêu tổ chức kế tục.',
    );
    expect(shadow(element).querySelector('[part="footer"] [part="notice"]')).toBeNull();
  });

  it('says the source names no successor when the list is empty, in English too', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/cells', closed([]));
    const element = await map(`org="muong-khuong" api="${API}" lang="en"`);
    await until(element, 'ready');
    expect(shadow(element).querySelector('[part="notice"]')?.textContent).toBe(
      'This organisation ceased to exist on 30 Jun 2025, the source names no successor.',
    );
    expect(shadow(element).querySelector('.updated')?.textContent).toBe('Updated 15 Jul 2025');
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('<party-cell-map> tiles', () => {
  it('fills every tile with its status colour and a pattern, never colour alone', async () => {
    const element = await inlineMap(manyCells(40));
    const root = shadow(element);
    const marked = COMMITTEE_STATUSES.filter((status) => !['solid', 'outline'].includes(statusPattern(status)));
    expect(marked).toEqual(['formed', 'none', 'ineligible']);
    const marks = marked.map((status) => {
      const pattern = root.getElementById(`pattern-${status}`);
      expect(pattern, status).not.toBeNull();
      return [...pattern!.children].map((child) => child.localName).join('+') + (pattern!.getAttribute('patternTransform') ?? '');
    });
    // Three kinds of marks; `existing` (solid) and `unknown` (dashed outline, checked below) have none.
    expect(new Set(marks).size).toBe(3);
    expect(tiles(element)).toHaveLength(40);
    const colours = {
      existing: 'rgb(0, 158, 115)',
      formed: 'rgb(0, 114, 178)',
      none: 'rgb(213, 94, 0)',
      ineligible: 'rgb(140, 140, 140)',
      unknown: 'rgb(217, 217, 217)',
    };
    const seen = new Set<string>();
    for (const tile of tiles(element)) {
      const status = statusOf(tile);
      seen.add(status);
      // One element per tile: the rect that is filled is the one readers and the keyboard reach.
      expect([tile.localName, tile.childElementCount]).toEqual(['rect', 0]);
      const fill = tile;
      expect(getComputedStyle(fill).fill, status).toBe(colours[status]);
      expect(getComputedStyle(fill).strokeDasharray, status).toBe(statusPattern(status) === 'outline' ? '3px, 2px' : 'none');
      // The marks of the tile's group cover the tile's centre for its own status, and no other.
      const svg = tile.ownerSVGElement!;
      const box = fill.getBBox();
      const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
      const covering = [...svg.querySelectorAll<SVGPathElement>('[part~="tile-marks"]')].filter((path) => path.isPointInFill(centre));
      expect(
        covering.map((path) => path.getAttribute('data-status')),
        status,
      ).toEqual(marked.includes(status) ? [status] : []);
      if (marked.includes(status)) expect(covering[0]!.getAttribute('fill')).toBe(`url(#pattern-${status})`);
    }
    expect(seen.size).toBe(COMMITTEE_STATUSES.length);
    const unknown = tiles(element).find((t) => statusOf(t) === 'unknown')!;
    expect(getComputedStyle(unknown).strokeDasharray).not.toBe('none');
    // One path of marks per marked status in each group, not one per tile; they leave the pointer to the tiles.
    const groups = root.querySelectorAll('.group svg');
    expect(groups.length).toBeGreaterThan(1);
    for (const svg of groups) {
      const paths = [...svg.querySelectorAll('[part~="tile-marks"]')];
      const statuses = paths.map((path) => path.getAttribute('data-status'));
      expect(new Set(statuses).size).toBe(statuses.length);
      for (const path of paths) expect(getComputedStyle(path).pointerEvents).toBe('none');
    }
  });

  it('draws each legend swatch in its status colour, with the marks of its pattern', async () => {
    const element = await inlineMap(census.cells);
    const items = [...shadow(element).querySelectorAll('[part="legend"] li')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['existing', 'formed', 'none', 'ineligible', 'unknown']);
    const swatches = items.map((li) => ({
      fill: getComputedStyle(li.querySelector('.swatch .tile-fill')!).fill,
      dashes: getComputedStyle(li.querySelector('.swatch .tile-fill')!).strokeDasharray,
      marks: li.querySelector('.swatch .tile-marks')?.getAttribute('fill') ?? null,
    }));
    expect(swatches).toEqual([
      { fill: 'rgb(0, 158, 115)', dashes: 'none', marks: null },
      { fill: 'rgb(0, 114, 178)', dashes: 'none', marks: 'url(#pattern-formed)' },
      { fill: 'rgb(213, 94, 0)', dashes: 'none', marks: 'url(#pattern-none)' },
      { fill: 'rgb(140, 140, 140)', dashes: 'none', marks: 'url(#pattern-ineligible)' },
      { fill: 'rgb(217, 217, 217)', dashes: '3px, 2px', marks: null },
    ]);
  });

  it('names unnamed cells as unnamed, numbered, and named cells by name', async () => {
    const element = await inlineMap(census.cells);
    const labels = tiles(element).map((t) => t.getAttribute('aria-label'));
    expect(labels).toContain('Na Đẩy: Thành lập trong nhiệm kỳ');
    expect(labels).toContain('Sả Hồ: Chưa có chi ủy');
    expect(labels).toContain('Chi bộ tổ dân phố (chưa rõ tên 1): Có chi ủy từ đầu nhiệm kỳ');
    expect(labels).toContain('Chi bộ cơ quan, trường học (chưa rõ tên 8): Không rõ');
    expect(new Set(labels).size).toBe(25);
  });

  it('writes names containing HTML as text', async () => {
    const element = await inlineMap([
      {
        slug: 'x',
        name: '<img src=x onerror="window.__pwned=1"><b>Na Đẩy</b> &amp; \'Sả Hồ\' &#60;',
        kind: 'residential',
        committee: 'formed',
        committeeFormedOn: null,
        fullMembers: null,
      },
    ]);
    const [tile] = tiles(element);
    expect(tile!.getAttribute('aria-label')).toBe('<img src=x onerror="window.__pwned=1"><b>Na Đẩy</b> &amp; \'Sả Hồ\' &#60;: Thành lập trong nhiệm kỳ');
    await userEvent.hover(tile!);
    await element.updateComplete;
    expect(tooltip(element)).toContain("<b>Na Đẩy</b> &amp; 'Sả Hồ' &#60;");
    expect(shadow(element).querySelector('img, b')).toBeNull();
  });

  it('gives screen readers every cell once, as an image named by cell and status in a group named by kind', async () => {
    const element = await inlineMap(census.cells);
    const within = page.elementLocator(element);
    const residential = within.getByRole('group', { name: 'Chi bộ tổ dân phố · 17 chi bộ', exact: true });
    const agency = within.getByRole('group', { name: 'Chi bộ cơ quan, trường học · 8 chi bộ', exact: true });
    const names = async (group: typeof residential) => (await group.getByRole('img').all()).map((img) => img.element().getAttribute('aria-label'));
    const residentialNames = await names(residential);
    expect(residentialNames).toHaveLength(17);
    expect(residentialNames[0]).toBe('Chi bộ tổ dân phố (chưa rõ tên 1): Có chi ủy từ đầu nhiệm kỳ');
    expect(residentialNames).toContain('Na Đẩy: Thành lập trong nhiệm kỳ');
    expect(await names(agency)).toHaveLength(8);
    expect(within.getByRole('img', { name: 'Sả Hồ: Chưa có chi ủy', exact: true }).elements()).toHaveLength(1);
    // Every cell once among the images, with its status; no other copy of the cells (no hidden table).
    const all = (await within.getByRole('img').all()).map((img) => img.element().getAttribute('aria-label'));
    expect(all.sort()).toEqual(
      tiles(element)
        .map((t) => t.getAttribute('aria-label'))
        .sort(),
    );
    expect(new Set(all).size).toBe(25);
    expect(within.getByRole('table').elements()).toHaveLength(0);
    expect(within.getByRole('row').elements()).toHaveLength(0);
  });

  it('names the images and groups in English with lang="en"', async () => {
    const element = await inlineMap(census.cells, 'lang="en"');
    const within = page.elementLocator(element);
    const residential = within.getByRole('group', { name: 'Residential-group cell · 17 cells', exact: true });
    expect(residential.getByRole('img').elements()).toHaveLength(17);
    expect(residential.getByRole('img', { name: 'Na Đẩy: Committee formed this term', exact: true }).elements()).toHaveLength(1);
  });

  it('fits 25 tiles of at least 24 px in a 320 px column', async () => {
    const element = await inlineMap(census.cells, '', 320);
    const box = element.getBoundingClientRect();
    expect(box.width).toBe(320);
    expect(tiles(element)).toHaveLength(25);
    for (const tile of tiles(element)) {
      const rect = tile.getBoundingClientRect();
      expect(rect.width).toBeGreaterThanOrEqual(24);
      expect(rect.right).toBeLessThanOrEqual(box.right);
    }
  });

  it('keeps 128 tiles usable and re-flows them when its width changes', async () => {
    const element = await inlineMap(manyCells(128), '', 320);
    expect(tiles(element)).toHaveLength(128);
    const narrowRows = new Set(tiles(element).map((t) => Math.round(t.getBoundingClientRect().top))).size;
    element.parentElement!.style.width = '720px';
    await expect.poll(() => new Set(tiles(element).map((t) => Math.round(t.getBoundingClientRect().top))).size).toBeLessThan(narrowRows);
    for (const tile of tiles(element)) expect(tile.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
  });
});

describe('<party-cell-map> keyboard and pointer', () => {
  it('is one tab stop; arrows, Home and End move between tiles and the tooltip names the focused one', async () => {
    const before = document.createElement('button');
    before.textContent = 'trước';
    const element = await inlineMap(census.cells);
    element.before(before);
    before.focus();
    await userEvent.tab();
    const focused = () => shadow(element).activeElement;
    expect(focused()?.getAttribute('data-index')).toBe('0');
    expect(tiles(element).filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1);
    await element.updateComplete;
    expect(tooltip(element)).toBe('Chi bộ tổ dân phố (chưa rõ tên 1) Có chi ủy từ đầu nhiệm kỳ');

    await userEvent.keyboard('{ArrowRight}');
    expect(focused()?.getAttribute('data-index')).toBe('1');
    await userEvent.keyboard('{End}');
    expect(focused()?.getAttribute('data-index')).toBe('24');
    await element.updateComplete;
    expect(tooltip(element)).toBe('Chi bộ cơ quan, trường học (chưa rõ tên 8) Không rõ');
    await userEvent.keyboard('{Home}');
    expect(focused()?.getAttribute('data-index')).toBe('0');
    await userEvent.keyboard('{ArrowDown}');
    const first = tiles(element)[0]!.getBoundingClientRect();
    const below = focused()!.getBoundingClientRect();
    expect(below.left).toBeCloseTo(first.left, 0);
    expect(below.top).toBeGreaterThan(first.top + first.height / 2);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()?.getAttribute('data-index')).toBe('0');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()?.getAttribute('data-index')).toBe('0');
    expect(
      tiles(element)
        .filter((t) => t.getAttribute('tabindex') === '0')
        .map((t) => t.getAttribute('data-index')),
    ).toEqual(['0']);

    await userEvent.tab();
    await element.updateComplete;
    expect(tooltip(element)).toBe('');
    before.remove();
  });

  it('keeps the focus on the source link when Tab leaves the tiles for it, through the update that follows', async () => {
    const element = await map('');
    element.sources = [{ publisher: 'Báo Lào Cai', title: 'Mường Khương', url: 'https://baolaocai.vn/a', publishedOn: '2025-01-02' }];
    element.cells = census.cells;
    await until(element, 'ready');
    tiles(element)[0]!.focus();
    const settled = element.updateComplete;
    await settled;
    await userEvent.tab();
    // The focus left the tiles: the element asked for an update (the tooltip goes).
    const update = element.updateComplete;
    expect(update).not.toBe(settled);
    await update;
    // The footer is the same node after that update, so its link still holds the focus.
    expect(shadow(element).activeElement).toBe(shadow(element).querySelector('[part="footer"] a'));
  });

  it('keeps the focused tile, and every tile node, when the pointer moves over another tile', async () => {
    const element = await inlineMap(census.cells);
    const before = tiles(element);
    before[0]!.focus();
    await element.updateComplete;
    await userEvent.hover(before[5]!);
    await element.updateComplete;
    expect(tooltip(element)).toBe(`${before[5]!.getAttribute('aria-label')!.replace(': ', ' ')}`);
    // The hover moved the tooltip only: the tiles were not written again, so the focus stayed.
    expect(tiles(element)).toEqual(before);
    expect(tiles(element).every((tile, i) => tile === before[i])).toBe(true);
    expect(shadow(element).activeElement).toBe(before[0]);
    await userEvent.unhover(before[5]!);
  });

  it('rings the tile under the pointer and the one focused from the keyboard, with two rings per group', async () => {
    const before = document.createElement('button');
    before.textContent = 'trước';
    const element = await inlineMap(census.cells);
    element.before(before);
    const root = shadow(element);
    // Two rings per group moved to their tiles, not one per tile (a third of a large map's elements).
    expect(root.querySelectorAll('.tile-ring')).toHaveLength(2 * root.querySelectorAll('[part="tiles"] svg').length);
    /** The indices of the tiles a shown ring surrounds. */
    const ringed = () =>
      [...root.querySelectorAll('.tile-ring')]
        .filter((ring) => getComputedStyle(ring).visibility === 'visible')
        .map((ring) => {
          const r = ring.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          const around = tiles(element).filter((tile) => {
            const f = tile.getBoundingClientRect();
            return x > f.left && x < f.right && y > f.top && y < f.bottom && r.width > f.width && r.height > f.height;
          });
          return around.map((tile) => tile.getAttribute('data-index')).join();
        })
        .sort();
    expect(ringed()).toEqual([]);
    const tile = (i: number) => tiles(element)[i]!;
    await userEvent.hover(tile(5));
    await element.updateComplete;
    expect(ringed()).toEqual(['5']);

    before.focus();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(ringed()).toEqual(['1', '5']);
    // The focused tile under the pointer has one ring.
    await userEvent.hover(tile(1));
    await element.updateComplete;
    expect(ringed()).toEqual(['1']);
    await userEvent.unhover(tile(1));
    await element.updateComplete;
    expect(ringed()).toEqual(['1']);

    // A tile focused by a click has no ring once the pointer leaves it.
    await userEvent.click(tile(3));
    await element.updateComplete;
    expect(shadow(element).activeElement?.getAttribute('data-index')).toBe('3');
    expect(ringed()).toEqual(['3']);
    await userEvent.unhover(tile(3));
    await element.updateComplete;
    expect(ringed()).toEqual([]);
    before.remove();
  });

  it('names a tile on hover', async () => {
    const element = await inlineMap(census.cells);
    const naDay = tiles(element).find((t) => t.getAttribute('aria-label')?.startsWith('Na Đẩy'))!;
    await userEvent.hover(naDay);
    await element.updateComplete;
    expect(tooltip(element)).toBe('Na Đẩy Thành lập trong nhiệm kỳ');
    // Straight out of the tiles' area, onto the page: the tooltip goes.
    const outside = document.createElement('button');
    outside.textContent = 'sau';
    element.after(outside);
    await userEvent.hover(outside);
    await element.updateComplete;
    expect(tooltip(element)).toBe('');
    outside.remove();
  });
});

describe('<party-cell-map> states', () => {
  for (const [behaviour, failure] of [
    ['down', 'network'],
    ['not-found', 'not-found'],
    ['invalid', 'invalid'],
  ] as const) {
    it(`keeps the journalist's text under a readable message when the API is ${behaviour}`, async () => {
      serve(behaviour);
      const element = await map(`org="muong-khuong" api="${API}"`, 360, '<p>25 chi bộ, 5 lập chi ủy.</p>');
      await until(element, 'error');
      expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe(failure);
      expect(element.querySelector('p')!.getBoundingClientRect().height).toBeGreaterThan(0);
    });
  }

  for (const attributes of ['org="muong khuong"', 'org="muong-khuong" as-of="31/12/2024"', 'org="muong-khuong" api="ftp://x"']) {
    it(`shows the error state for ${attributes}`, async () => {
      const { requests } = serve();
      const element = await map(attributes);
      await until(element, 'error');
      expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('attributes');
      expect(requests).toEqual([]);
    });
  }

  it('reserves --chitieu-map-min-height while loading, and no more once the cells are in', async () => {
    serve('hang');
    const element = await map(`org="muong-khuong" api="${API}" style="--chitieu-map-min-height: 500px"`);
    await until(element, 'loading');
    expect(element.getBoundingClientRect().height).toBe(500);
    expect(element.matches(':state(loading)')).toBe(true);
    element.removeAttribute('org');
    element.cells = census.cells.slice(0, 3);
    await until(element, 'ready');
    expect(element.getBoundingClientRect().height).toBeLessThan(500);
  });

  it('shows the error state for cells that are not cells', async () => {
    const element = await map('');
    element.cells = [{ name: 'Na Đẩy' } as unknown as Cell];
    await until(element, 'error');
  });

  it('shows the empty state for no cells', async () => {
    const element = await map('');
    await until(element, 'empty');
    element.cells = [];
    await element.updateComplete;
    await until(element, 'empty');
  });

  it('counts cells not eligible for a committee in its legend and names them on hover', async () => {
    const element = await inlineMap(EVERY_STATUS_CELLS.cells);
    const legend = [...shadow(element).querySelectorAll('[part="legend"] li')].map((li) => [li.getAttribute('data-status'), li.textContent?.trim()]);
    expect(legend).toEqual([
      ['existing', 'Có chi ủy từ đầu nhiệm kỳ: 2'],
      ['formed', 'Thành lập trong nhiệm kỳ: 1'],
      ['none', 'Chưa có chi ủy: 1'],
      ['ineligible', 'Không đủ điều kiện lập chi ủy: 3'],
      ['unknown', 'Không rõ: 1'],
    ]);
    const ineligible = tiles(element).filter((tile) => statusOf(tile) === 'ineligible');
    expect(ineligible.map((tile) => tile.getAttribute('aria-label'))).toEqual([
      'Thôn 2: Không đủ điều kiện lập chi ủy',
      'Thôn 4: Không đủ điều kiện lập chi ủy',
      'Trường Tiểu học: Không đủ điều kiện lập chi ủy',
    ]);
    await userEvent.hover(ineligible[0]!);
    await element.updateComplete;
    expect(tooltip(element)).toBe('Thôn 2 Không đủ điều kiện lập chi ủy');
  });

  it('speaks English with lang="en"', async () => {
    const element = await inlineMap(census.cells, 'lang="en" label="Mường Khương"');
    const legend = [...shadow(element).querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(legend[1]).toBe('Committee formed this term: 5');
    expect(shadow(element).querySelector('[part="group-heading"]')?.textContent).toBe('Residential-group cell · 17 cells');
  });
});

describe('<party-cell-map> theming', () => {
  it('takes status colours from --chitieu-status-*-color and exposes parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .newsroom { --chitieu-status-formed-color: rgb(10, 20, 30); }
      .newsroom::part(legend) { font-style: italic; }
      .newsroom::part(tile-none) { opacity: 0.5; }
      .newsroom::part(tile-marks-formed) { opacity: 0.25; }
    `;
    document.head.append(style);
    try {
      const element = await inlineMap(census.cells, 'class="newsroom"');
      const root = shadow(element);
      expect(getComputedStyle(root.querySelector('[part~="tile-formed"]')!).fill).toBe('rgb(10, 20, 30)');
      expect(getComputedStyle(root.querySelector('[data-status="formed"] .swatch .tile-fill')!).fill).toBe('rgb(10, 20, 30)');
      expect(getComputedStyle(root.querySelector('[part~="tile-none"]')!).fill).toBe('rgb(213, 94, 0)');
      const existingColour = document.createElement('style');
      existingColour.textContent = '.newsroom { --chitieu-status-existing-color: rgb(1, 2, 3); }';
      document.head.append(existingColour);
      expect(getComputedStyle(root.querySelector('[part~="tile-existing"]')!).fill).toBe('rgb(1, 2, 3)');
      existingColour.remove();
      expect(getComputedStyle(root.querySelector('[part="legend"]')!).fontStyle).toBe('italic');
      expect(getComputedStyle(root.querySelector('[part~="tile-none"]')!).opacity).toBe('0.5');
      expect(getComputedStyle(root.querySelector('[part~="tile-marks-formed"]')!).opacity).toBe('0.25');
    } finally {
      style.remove();
    }
  });
});

describe('<party-cell-map> parts', () => {
  it("makes a tile's part the rect that is filled, so a host's fill or stroke on it reaches the tile", async () => {
    const style = document.createElement('style');
    style.textContent = `.newsroom::part(tile-ineligible) { fill: rgb(4, 5, 6); } .newsroom::part(tile-unknown) { stroke: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const element = await inlineMap(EVERY_STATUS_CELLS.cells, 'class="newsroom"');
      const look = (status: Cell['committee']) => {
        const tile = tiles(element).find((t) => statusOf(t) === status)!;
        return [getComputedStyle(tile).fill, getComputedStyle(tile).stroke];
      };
      expect(look('ineligible')).toEqual(['rgb(4, 5, 6)', 'none']);
      expect(look('unknown')).toEqual(['rgb(217, 217, 217)', 'rgb(7, 8, 9)']);
      expect(look('formed')).toEqual(['rgb(0, 114, 178)', 'none']);
    } finally {
      style.remove();
    }
  });
});

describe('<party-cell-map> accessibility', () => {
  const states: Array<[string, () => Promise<PartyCellMap>]> = [
    ['the seed cells', () => inlineMap(census.cells, 'label="Đảng bộ thị trấn Mường Khương"')],
    ['128 cells, dark, in English', () => inlineMap(manyCells(128), 'lang="en" color-scheme="dark"', 640)],
    [
      'an error',
      async () => {
        serve('down');
        const element = await map(`org="muong-khuong" api="${API}"`, 360, '<p>25 chi bộ.</p>');
        await until(element, 'error');
        return element;
      },
    ],
    [
      'loading',
      async () => {
        serve('hang');
        const element = await map(`org="muong-khuong" api="${API}"`);
        await until(element, 'loading');
        return element;
      },
    ],
  ];
  for (const [name, make] of states) {
    it(`has no axe violations showing ${name}`, async () => {
      const element = await make();
      expect(await axeViolations(element)).toEqual([]);
    });
  }

  it('has no axe violations with a tile focused and its tooltip shown', async () => {
    const element = await inlineMap(census.cells);
    tiles(element)[0]!.focus();
    await element.updateComplete;
    expect(tooltip(element)).not.toBe('');
    expect(await axeViolations(element)).toEqual([]);
  });
});
