import { sampleRankingResponse, sampleUnitName } from '@chitieu/domain/fixtures';
import { subordinateAdmissionsResponse, type SubordinateAdmissionsResponse } from '@chitieu/domain';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/axe.ts';
import { API, installFakeApi, type Behaviour, type FakeApi } from '../../test/fake-api.ts';
import { mount, shadow, unmountAll, until } from '../../test/fixture.ts';
import { clearLoadCache } from '../internal/load-json.ts';
import './define.ts';
import type { PartyTargetRanking } from './party-target-ranking.ts';

const PATH = 'v1/organizations/dang-bo-minh-hoa/subordinates/admissions/2024';
/** Five illustrative units: a range target (row 2), one without figures (row 4), and the parent's own total. */
const FIVE = sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3], total: { admitted: 120, target: { min: 100, max: 100 } } });

let api: FakeApi | undefined;

function serve(body: SubordinateAdmissionsResponse = FIVE, behaviour: Behaviour = 'ok', path = PATH): FakeApi {
  api = installFakeApi(behaviour);
  api.serve(path, body);
  return api;
}

afterEach(() => {
  unmountAll();
  api?.restore();
  api = undefined;
  clearLoadCache();
});

async function ranking(attributes: string, width = 360): Promise<PartyTargetRanking> {
  const element = mount(`<party-target-ranking ${attributes}>Bảng xếp hạng</party-target-ranking>`, width).querySelector('party-target-ranking')!;
  await element.updateComplete;
  return element;
}

const ATTRS = `org="dang-bo-minh-hoa" period="2024" api="${API}"`;

function rows(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="row"]')];
}

function textOf(node: Element | null | undefined): string {
  return node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
}

describe('<party-target-ranking> from the API', () => {
  it('asks the one ranking read, and lists one row per subordinate, ranked by percentage of target, the one without figures last', async () => {
    const fake = serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    expect(fake.requests).toEqual([`${API}${PATH}`]);
    const shown = rows(element);
    expect(shown).toHaveLength(5);
    expect(textOf(shown.at(-1)!.querySelector('[part~="name"]'))).toBe(sampleUnitName(3));
    const ratios = shown.slice(0, 4).map((row) => FIVE.subordinates.find((s) => s.organization.slug === row.dataset['slug'])!.admissions!.progress!.ratio!);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  });

  it('shows a name with markup in it as text, in its row and its table line', async () => {
    const name = 'Đảng bộ <img src=x onerror="alert(1)"> & "Công an"';
    const body = structuredClone(FIVE);
    body.subordinates[0]!.organization.name = name;
    serve(body);
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    expect(shadow(element).querySelector('img')).toBeNull();
    const row = rows(element).find((r) => r.dataset['slug'] === body.subordinates[0]!.organization.slug)!;
    expect(row.querySelector('[part~="name"]')!.textContent).toBe(name);
    expect(row.querySelector('[part~="name"]')!.getAttribute('title')).toBe(name);
    expect(row.getAttribute('aria-label')).toContain(name);
    expect([...shadow(element).querySelectorAll('tbody th')].map((th) => th.textContent)).toContain(name);
  });

  it('says “chưa có số liệu” for a subordinate without figures, with no bar and no number (never a zero)', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const empty = rows(element).find((row) => row.dataset['slug'] === 'don-vi-minh-hoa-4')!;
    expect(textOf(empty.querySelector('[part~="outcome"]'))).toBe('chưa có số liệu');
    expect(empty.querySelector('[part~="bar-value"]')).toBeNull();
    expect(textOf(empty.querySelector('[part~="figures"]'))).toBe('');
    expect(empty.getAttribute('aria-label')).toBe(`${sampleUnitName(3)}: chưa có số liệu`);
  });

  it('draws a range target as a band from floor to ceiling, with the tick at the floor, on one scale for all rows', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const range = rows(element).find((row) => row.dataset['slug'] === 'don-vi-minh-hoa-2')!;
    const band = range.querySelector<HTMLElement>('[part~="target-band"]')!;
    const tick = range.querySelector<HTMLElement>('[part~="target"]')!;
    expect(band.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(Math.abs(band.getBoundingClientRect().left - (tick.getBoundingClientRect().left + tick.getBoundingClientRect().width / 2))).toBeLessThan(1.5);
    expect(rows(element).filter((row) => row.querySelector('[part~="target-band"]'))).toHaveLength(1);
  });

  it('draws the overshoot as its own striped band past the target, and the percentage of target in words', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const above = FIVE.subordinates.find((s) => s.admissions?.progress?.status === 'above')!;
    const row = rows(element).find((r) => r.dataset['slug'] === above.organization.slug)!;
    const overshoot = row.querySelector<HTMLElement>('[part~="bar-overshoot"]')!;
    const value = row.querySelector<HTMLElement>('[part~="bar-value"]')!;
    expect(overshoot.getAttribute('fill')).toBe('url(#overshoot-stripes)');
    expect(shadow(element).querySelector('pattern#overshoot-stripes')).not.toBeNull();
    expect(Math.abs(overshoot.getBoundingClientRect().left - value.getBoundingClientRect().right)).toBeLessThan(1);
    expect(textOf(row.querySelector('[part~="outcome"]'))).toMatch(/^đạt \d+(,\d)?% chỉ tiêu$/);
  });

  it('heads with the organisation’s own total, the sum of the subordinates with figures, and states their difference', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const root = shadow(element);
    expect(textOf(root.querySelector('[part~="total"]'))).toMatch(/^Toàn đảng bộ: Đã kết nạp 120 đảng viên/);
    expect(textOf(root.querySelector('[part~="sum"]'))).toMatch(/^Cộng 4\/5 đơn vị trực thuộc có số liệu: Đã kết nạp \d+ đảng viên/);
    expect(FIVE.difference).not.toBeNull();
    expect(textOf(root.querySelector('[part~="difference"]'))).toMatch(/^Số của toàn đảng bộ (nhiều|ít) hơn tổng các đơn vị trực thuộc \d+ đảng viên/);
  });

  it('orders by `sort`, and marks the `highlight`ed subordinate', async () => {
    serve();
    const element = await ranking(`${ATTRS} sort="name" highlight="don-vi-minh-hoa-3"`);
    await until(element, 'ready');
    expect(rows(element).map((row) => row.dataset['slug'])).toEqual([1, 2, 3, 4, 5].map((i) => `don-vi-minh-hoa-${i}`));
    const marked = rows(element).filter((row) => row.matches('[part~="row-highlight"]'));
    expect(marked.map((row) => row.dataset['slug'])).toEqual(['don-vi-minh-hoa-3']);
    expect(marked[0]!.getAttribute('aria-current')).toBe('true');
    element.setAttribute('sort', 'admitted');
    await element.updateComplete;
    const admitted = rows(element).map((row) => FIVE.subordinates.find((s) => s.organization.slug === row.dataset['slug'])!.admissions?.admitted ?? -1);
    expect(admitted).toEqual([...admitted].sort((a, b) => b - a));
  });

  it('refuses a `sort` it does not know with its readable error state, not a silent default', async () => {
    serve();
    const element = await ranking(`${ATTRS} sort="size"`);
    await until(element, 'error');
    expect(textOf(shadow(element).querySelector('.status-message'))).toBe('Số liệu không hợp lệ');
  });

  it('refuses an `api` that is not an http(s) URL, asking nothing of anyone', async () => {
    const fake = serve();
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await ranking('org="dang-bo-minh-hoa" period="2024" api="javascript:alert(1)"');
    await until(element, 'error');
    expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('attributes');
    expect(warnings).toHaveBeenCalledWith('<party-target-ranking> api="javascript:alert(1)" is not an http(s) URL');
    expect(fake.requests).toEqual([]);
    warnings.mockRestore();
  });
});

describe('<party-target-ranking> for screen readers and the keyboard', () => {
  it('has a table of every subordinate with its figures and outcome, and no axe violation', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const table = shadow(element).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(textOf)).toEqual(['Đơn vị', 'Đã kết nạp', 'Chỉ tiêu', 'So với chỉ tiêu']);
    const body = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf));
    expect(body).toHaveLength(5);
    expect(body.at(-1)).toEqual([sampleUnitName(3), 'chưa có số liệu', 'chưa có số liệu', 'chưa có số liệu']);
    expect(
      body.find((cells) => cells[2] === `${FIVE.subordinates[1]!.admissions!.target!.min}–${FIVE.subordinates[1]!.admissions!.target!.max}`),
    ).toBeDefined();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('moves the keyboard focus through the rows with the arrow keys, Home and End, one tab stop in all', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const shown = rows(element);
    expect(shown.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    shown[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(element).activeElement).toBe(shown[1]);
    await userEvent.keyboard('{End}');
    expect(shadow(element).activeElement).toBe(shown[4]);
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(element).activeElement).toBe(shown[4]);
    await userEvent.keyboard('{Home}');
    expect(shadow(element).activeElement).toBe(shown[0]);
    expect(shown[0]!.tabIndex).toBe(0);
    expect(shown[4]!.tabIndex).toBe(-1);
  });

  it('holds its rows alone in the list and its lines alone in the table, written once and kept while the focus moves', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const list = shadow(element).querySelector('[role="list"]')!;
    const body = shadow(element).querySelector('tbody')!;
    expect([...list.childNodes].map((node) => node.nodeName)).toEqual(['DIV', 'DIV', 'DIV', 'DIV', 'DIV']);
    expect([...body.childNodes].map((node) => node.nodeName)).toEqual(['TR', 'TR', 'TR', 'TR', 'TR']);
    expect([...body.querySelectorAll('th')].map(textOf)).toEqual(rows(element).map((row) => textOf(row.querySelector('[part~="name"]'))));
    const shown = rows(element);
    const lines = [...body.children];
    shown[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    expect(shown[1]!.tabIndex).toBe(0);
    expect(rows(element)).toHaveLength(5);
    expect(rows(element).every((row, i) => row === shown[i])).toBe(true);
    expect([...body.children].every((line, i) => line === lines[i])).toBe(true);
  });
  it('keeps the focused row, and every row node, through an update that changes only the heading', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const figure = shadow(element).querySelector('[part="base"]');
    const shown = rows(element);
    shown[2]!.focus();
    element.label = 'Bảng mới';
    await element.updateComplete;
    expect(textOf(shadow(element).querySelector('[part="title"]'))).toBe('Bảng mới');
    expect(shadow(element).querySelector('caption')?.textContent).toBe('Bảng mới, Năm 2024');
    expect(shadow(element).querySelector('[part="base"]')).toBe(figure);
    expect(rows(element).every((row, i) => row === shown[i])).toBe(true);
    expect(shadow(element).activeElement).toBe(shown[2]);
    expect(shown[2]!.tabIndex).toBe(0);
  });

  it('keeps the focus on the source link through an update that leaves the footer as it was', async () => {
    // Every read of the fixture cites the one same source, so the footer's line is a link.
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const link = shadow(element).querySelector<HTMLAnchorElement>('[part="footer"] a')!;
    expect(link).not.toBeNull();
    link.focus();
    element.highlight = 'don-vi-minh-hoa-2';
    await element.updateComplete;
    expect(
      rows(element)
        .find((row) => row.dataset['slug'] === 'don-vi-minh-hoa-2')
        ?.getAttribute('part'),
    ).toBe('row row-highlight');
    expect(shadow(element).activeElement).toBe(link);
  });

  it('changes its words in place when the language changes: the same figure, English headers and rows', async () => {
    serve();
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const figure = shadow(element).querySelector('[part="base"]')!;
    expect(figure.getAttribute('lang')).toBe('vi');
    expect([...shadow(element).querySelectorAll('thead th')].map(textOf)).toEqual(['Đơn vị', 'Đã kết nạp', 'Chỉ tiêu', 'So với chỉ tiêu']);
    element.lang = 'en';
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="base"]')).toBe(figure);
    expect(figure.getAttribute('lang')).toBe('en');
    expect(textOf(shadow(element).querySelector('.subtitle'))).toBe('Year 2024');
    expect([...shadow(element).querySelectorAll('thead th')].map(textOf)).toEqual(['Organisation', 'Admitted', 'Target', 'Against target']);
    const empty = rows(element).find((row) => row.dataset['slug'] === 'don-vi-minh-hoa-4')!;
    expect(textOf(empty.querySelector('[part~="outcome"]'))).toBe('no figures yet');
    expect(shadow(element).querySelectorAll('[part="base"]')).toHaveLength(1);
  });
});

describe('<party-target-ranking> sizes', () => {
  it('keeps 40 rows in view and scrolls within itself past them, with rows of one height', async () => {
    serve(sampleRankingResponse({ rows: 45 }));
    const element = await ranking(ATTRS, 640);
    await until(element, 'ready');
    const list = shadow(element).querySelector<HTMLElement>('[part~="rows"]')!;
    const heights = new Set(rows(element).map((row) => row.getBoundingClientRect().height));
    expect(heights.size).toBe(1);
    const [rowHeight] = [...heights];
    expect(list.clientHeight).toBeCloseTo(40 * rowHeight!, 0);
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
  });

  it('scrolls the list, never the page, to a highlighted row past the first 40, and makes it the tab stop', async () => {
    serve(sampleRankingResponse({ rows: 45 }));
    const element = await ranking(`${ATTRS} sort="name" highlight="don-vi-minh-hoa-44"`, 640);
    await until(element, 'ready');
    const list = shadow(element).querySelector<HTMLElement>('[part~="rows"]')!;
    const row = rows(element).find((r) => r.dataset['slug'] === 'don-vi-minh-hoa-44')!;
    expect(list.scrollTop).toBeGreaterThan(0);
    const [top, bottom] = [list.getBoundingClientRect(), row.getBoundingClientRect()];
    expect(bottom.top).toBeGreaterThanOrEqual(top.top);
    expect(bottom.bottom).toBeLessThanOrEqual(top.bottom);
    expect(row.tabIndex).toBe(0);
  });

  it('keeps its reserved height from loading to a short ranking, so nothing below it moves', async () => {
    serve(sampleRankingResponse({ rows: 3 }));
    const element = await ranking(ATTRS, 640);
    const loading = element.getBoundingClientRect().height;
    expect(loading).toBe(30 * 16);
    await until(element, 'ready');
    expect(element.getBoundingClientRect().height).toBe(loading);
  });
});

describe('<party-target-ranking> states', () => {
  it('shows its loading state, then the error state with the journalist’s text when the API is down', async () => {
    serve(FIVE, 'down');
    const element = await ranking(ATTRS);
    await until(element, 'error');
    expect(textOf(shadow(element).querySelector('.status-message'))).toBe('Không tải được số liệu');
    expect(element.textContent).toBe('Bảng xếp hạng');
  });

  it('is empty without an organisation', async () => {
    const element = await ranking('period="2024"');
    await until(element, 'empty');
  });

  it('says there are no subordinates instead of drawing an empty chart', async () => {
    serve(
      subordinateAdmissionsResponse({
        organization: { slug: 'dang-bo-minh-hoa', name: 'Đảng bộ minh họa' },
        period: '2024',
        asOf: null,
        total: null,
        subordinates: [],
        succeededBy: null,
      }),
    );
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    expect(textOf(shadow(element).querySelector('[part~="rows"]'))).toBe('Không có đơn vị trực thuộc trong kỳ này');
  });

  it('asks for the figures as of a pinned day, and says that day', async () => {
    const pinned = { ...FIVE, asOf: '2024-12-31' };
    const fake = serve(pinned, 'ok', `${PATH}?asOf=2024-12-31`);
    const element = await ranking(`${ATTRS} as-of="2024-12-31"`);
    await until(element, 'ready');
    expect(fake.requests).toEqual([`${API}${PATH}?asOf=2024-12-31`]);
    expect(textOf(shadow(element).querySelector('.as-of'))).toBe('Số liệu đến ngày 31/12/2024');
  });

  it('says a merged subordinate ended, and who took over, in its row and its table line', async () => {
    const merged = structuredClone(FIVE);
    merged.subordinates[0]!.succeededBy = { validTo: '2024-06-30', successors: [{ slug: 'don-vi-moi', name: 'Đơn vị mới' }] };
    serve(merged);
    const element = await ranking(ATTRS);
    await until(element, 'ready');
    const row = rows(element).find((r) => r.dataset['slug'] === 'don-vi-minh-hoa-1')!;
    expect(textOf(row.querySelector('[part~="closing"]'))).toBe('đến 30/06/2024');
    expect(row.getAttribute('aria-label')).toContain('Tổ chức này đã kết thúc hoạt động ngày 30/06/2024, được kế tục bởi Đơn vị mới');
  });

  it('speaks English', async () => {
    serve();
    const element = await ranking(`${ATTRS} lang="en"`);
    await until(element, 'ready');
    const empty = rows(element).find((row) => row.dataset['slug'] === 'don-vi-minh-hoa-4')!;
    expect(textOf(empty.querySelector('[part~="outcome"]'))).toBe('no figures yet');
    expect(textOf(shadow(element).querySelector('.subtitle'))).toBe('Year 2024');
  });
});
