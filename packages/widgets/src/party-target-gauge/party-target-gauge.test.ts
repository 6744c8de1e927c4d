import { gaugeGeometry } from '@chitieu/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from '../../test/axe.ts';
import { API, installFakeApi, seedAdmissions, type Behaviour, type FakeApi } from '../../test/fake-api.ts';
import { eventually, mount, shadow, unmountAll, until } from '../../test/fixture.ts';
import { clearLoadCache } from '../internal/load-json.ts';
import './define.ts';
import type { PartyTargetGauge } from './party-target-gauge.ts';

/** Whether a reader sees the element: laid out with an area (a light-DOM child no slot takes has none), not hidden. */
const seen = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility();
};

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

async function gauge(attributes: string, content = ''): Promise<PartyTargetGauge> {
  const element = mount(`<party-target-gauge ${attributes}>${content}</party-target-gauge>`).querySelector('party-target-gauge')!;
  await element.updateComplete;
  return element;
}

function text(element: Element, selector: string): string {
  // Only ASCII whitespace: the no-break space before % is part of the figure.
  return (
    shadow(element)
      .querySelector(selector)
      ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? ''
  );
}

function meter(element: Element): Element {
  return shadow(element).querySelector('[role="meter"]')!;
}

/** The texts the meter's aria-describedby points at, in order. */
function description(element: Element): string[] {
  const ids = meter(element).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => shadow(element).getElementById(id)?.textContent ?? `(no #${id})`);
}

describe('<party-target-gauge> with the seed figures from the API', () => {
  it('shows 53 admitted, the target 20, "vượt 33" and 265%, never clamped', async () => {
    serve();
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    expect(text(element, '[part="value"]')).toBe('53');
    expect(text(element, '[part="delta"]')).toBe('vượt 33 so với chỉ tiêu');
    expect(text(element, '.target-line')).toBe('Chỉ tiêu: 20 (đạt 265%)');
    expect(text(element, '[part="title"]')).toBe('Đảng bộ thị trấn Mường Khương');
    expect(text(element, '.subtitle')).toBe('Năm 2024');
  });

  it('credits the source and the as-of date in its footer, and no update date the API did not send', async () => {
    serve();
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    expect(text(element, '.source')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
    expect(text(element, '.as-of')).toBe('Số liệu đến ngày 31/12/2024');
    expect(shadow(element).querySelector('.updated')).toBeNull();
  });

  it('is a meter named by its title whose maximum grows with the value, with a Vietnamese value text', async () => {
    serve();
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    const m = meter(element);
    expect(m.getAttribute('aria-valuemin')).toBe('0');
    expect(m.getAttribute('aria-valuemax')).toBe('53');
    expect(m.getAttribute('aria-valuenow')).toBe('53');
    expect(m.getAttribute('aria-valuetext')).toBe('Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%)');
    const labelledBy = shadow(element).getElementById(m.getAttribute('aria-labelledby')!);
    expect(labelledBy?.textContent).toBe('Đảng bộ thị trấn Mường Khương');
  });

  it('draws the arcs and the target tick of the domain geometry, with the overshoot as its own band', async () => {
    serve();
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    const expected = gaugeGeometry({ value: 53, target: { min: 20, max: 20 } });
    const root = shadow(element);
    const paths = [...root.querySelectorAll('path.arc')].map((p) => [p.getAttribute('class'), p.getAttribute('d')]);
    expect(paths).toEqual(expected.arcs.map((arc) => [`arc arc-${arc.kind}`, arc.d]));
    const overshoot = root.querySelector('.arc-overshoot')!;
    expect(overshoot.getAttribute('fill')).toBe('url(#overshoot-stripes)');
    const tick = root.querySelector('[part="target"]')!;
    expect(Number(tick.getAttribute('x1'))).toBeCloseTo(expected.targetTick!.x1);
    expect(Number(tick.getAttribute('y2'))).toBeCloseTo(expected.targetTick!.y2);
    // 20 of 53 is left of the top of the semicircle: the tick sits left of the centre.
    expect(Number(tick.getAttribute('x2'))).toBeLessThan(expected.cx);
  });

  it('describes the meter with the figures its value text leaves out, from a hidden element that takes no layout', async () => {
    serve();
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    expect(description(element)).toEqual(['Lũy kế từ đầu nhiệm kỳ (Nhiệm kỳ 2020–2025): 93. Tổng số đảng viên: 454.']);
    // `hidden`: no box to lay out, and still read through aria-describedby.
    const hidden = shadow(element).getElementById('description')!;
    expect(hidden.hidden).toBe(true);
    expect(hidden.getClientRects()).toHaveLength(0);
    // Every other figure is in the value text and in the visible lines.
    expect(meter(element).getAttribute('aria-valuetext')).toBe('Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%)');
    expect(shadow(element).querySelector('table')).toBeNull();
  });

  it('has no description for inline figures, which carry nothing beyond the value text', async () => {
    const element = await gauge('value="16" target="20"');
    await until(element, 'ready');
    expect(meter(element).hasAttribute('aria-describedby')).toBe(false);
    expect(shadow(element).getElementById('description')).toBeNull();
  });

  it('fills the whole arc and states the count alone for a period without a target', async () => {
    serve();
    const loads: Event[] = [];
    const element = await gauge(`org="muong-khuong" period="2020-2025" api="${API}"`);
    element.addEventListener('chitieu-load', (event) => loads.push(event));
    await until(element, 'ready');
    expect(text(element, '[part="value"]')).toBe('93');
    expect(text(element, '.subtitle')).toBe('Nhiệm kỳ 2020–2025');
    expect(shadow(element).querySelector('[part="delta"], [part="target"], .arc-overshoot')).toBeNull();
    expect(meter(element).getAttribute('aria-valuemax')).toBe('93');
    expect(meter(element).getAttribute('aria-valuetext')).toBe('Đã kết nạp 93 đảng viên');
    expect(loads).toHaveLength(1);
  });

  it('asks the origin the script came from when no api is given', async () => {
    const { requests } = serve();
    const element = await gauge(`org="muong-khuong" period="2024"`);
    await until(element, 'ready');
    expect(requests).toEqual([`${location.origin}/v1/organizations/muong-khuong/admissions/2024`]);
  });

  it('shares one request between all the gauges of the same organisation and period', async () => {
    const { requests } = serve();
    mount(
      Array.from({ length: 4 }, () => `<party-target-gauge org="muong-khuong" period="2024" api="${API}"></party-target-gauge>`).join('') +
        `<party-target-gauge org="muong-khuong" period="2020-2025" api="${API}"></party-target-gauge>`,
    );
    const elements = [...document.querySelectorAll('party-target-gauge')];
    for (const element of elements) await until(element, 'ready');
    expect(requests.sort()).toEqual([`${API}v1/organizations/muong-khuong/admissions/2020-2025`, `${API}v1/organizations/muong-khuong/admissions/2024`]);
  });
});

describe('<party-target-gauge> pinned, updated and closed', () => {
  const closed = (successors: Array<{ slug: string; name: string }>) => ({
    ...seedAdmissions(),
    revision: 2,
    updatedAt: '2025-07-15T08:30:00.000Z',
    succeededBy: { validTo: '2025-06-30', successors },
  });

  it('asks for a pinned revision with ?revision=, which wins over as-of, and shares one request per URL', async () => {
    const { requests } = serve();
    mount(
      `<party-target-gauge org="muong-khuong" period="2024" api="${API}" revision="1"></party-target-gauge>`.repeat(2) +
        `<party-target-gauge org="muong-khuong" period="2024" api="${API}" revision="1" as-of="2024-12-31"></party-target-gauge>` +
        `<party-target-gauge org="muong-khuong" period="2024" api="${API}" as-of="2024-12-31"></party-target-gauge>`,
    );
    for (const element of document.querySelectorAll('party-target-gauge')) await until(element, 'ready');
    expect(requests.sort()).toEqual([
      `${API}v1/organizations/muong-khuong/admissions/2024?asOf=2024-12-31`,
      `${API}v1/organizations/muong-khuong/admissions/2024?revision=1`,
    ]);
  });

  for (const revision of ['0', '-1', '1.5', '02', 'abc', '', '99999999999']) {
    it(`shows the readable invalid state for revision="${revision}" and asks nothing`, async () => {
      const { requests } = serve();
      const element = await gauge(`org="muong-khuong" period="2024" api="${API}" revision="${revision}"`, '<p>53 đảng viên.</p>');
      await until(element, 'error');
      expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('attributes');
      expect(text(element, '.status-message')).toBe('Số liệu không hợp lệ');
      expect(requests).toEqual([]);
    });
  }

  it('shows "Cập nhật" from updatedAt, apart from the day the figures describe', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/admissions/2024', { ...seedAdmissions(), revision: 3, updatedAt: '2025-07-15T08:30:00.000Z', succeededBy: null });
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    expect(text(element, '.as-of')).toBe('Số liệu đến ngày 31/12/2024');
    expect(text(element, '.updated')).toBe('Cập nhật 15/07/2025');
    expect(shadow(element).querySelector('[part="notice"]')).toBeNull();
    // No closing notice in the description: only the figures the drawing leaves out.
    expect(description(element)).toEqual(['Lũy kế từ đầu nhiệm kỳ (Nhiệm kỳ 2020–2025): 93. Tổng số đảng viên: 454.']);
  });

  it('shows the error state for an updatedAt that is not an instant', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/admissions/2024', { ...seedAdmissions(), updatedAt: '2025-02-30T08:30:00.000Z' });
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'error');
  });

  it('still shows a merged organisation’s figures, says it closed and names its successors, for screen readers too', async () => {
    const api = serve();
    api.serve(
      'v1/organizations/muong-khuong/admissions/2024',
      closed([
        { slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' },
        { slug: 'xa-ta-ngai-cho', name: 'Đảng bộ xã Tả Ngải Chồ' },
      ]),
    );
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(element, 'ready');
    expect(text(element, '[part="value"]')).toBe('53');
    const notice = 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương, Đảng bộ xã Tả Ngải Chồ.';
    expect(text(element, '[part="notice"]')).toBe(notice);
    // 2024 ended before the organisation closed: the figures stand, the closing is a footer line.
    expect(shadow(element).querySelector('.heading [part="notice"]')).toBeNull();
    expect(shadow(element).querySelector('[part="footer"] [part="notice"]')?.textContent).toBe(notice);
    expect(description(element)).toEqual([notice, 'Lũy kế từ đầu nhiệm kỳ (Nhiệm kỳ 2020–2025): 93. Tổng số đảng viên: 454.']);
    expect(text(element, '.updated')).toBe('Cập nhật 15/07/2025');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('puts the closing above the dial when the figures’ period runs past it', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/admissions/2020-2025', { ...closed([]), period: '2020-2025', target: null });
    const element = await gauge(`org="muong-khuong" period="2020-2025" api="${API}"`);
    await until(element, 'ready');
    const notice = 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, nguồn không nêu tổ chức kế tục.';
    expect(shadow(element).querySelector('.heading [part="notice"]')?.textContent).toBe(notice);
    expect(shadow(element).querySelector('[part="footer"] [part="notice"]')).toBeNull();
    expect(description(element)[0]).toBe(notice);
  });

  it('says the source names no successor when the list is empty, in English too', async () => {
    const api = serve();
    api.serve('v1/organizations/muong-khuong/admissions/2024', closed([]));
    const vi = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(vi, 'ready');
    expect(text(vi, '[part="notice"]')).toBe('Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, nguồn không nêu tổ chức kế tục.');
    // One element on the page for axe: two footers would be two contentinfo landmarks.
    unmountAll();
    const en = await gauge(`org="muong-khuong" period="2024" api="${API}" lang="en"`);
    await until(en, 'ready');
    expect(text(en, '[part="notice"]')).toBe('This organisation ceased to exist on 30 Jun 2025, the source names no successor.');
    expect(text(en, '.updated')).toBe('Updated 15 Jul 2025');
    expect(await axeViolations(en)).toEqual([]);
  });
});

describe('<party-target-gauge> with inline figures', () => {
  it('draws a shortfall distinctly and says how many are missing', async () => {
    const element = await gauge('value="16" target="20" label="Chi bộ Na Đẩy"');
    await until(element, 'ready');
    const root = shadow(element);
    expect(root.querySelector('.arc-shortfall')).not.toBeNull();
    expect(root.querySelector('.arc-overshoot')).toBeNull();
    expect(text(element, '[part="delta"]')).toBe('còn thiếu 4 so với chỉ tiêu');
    expect(meter(element).getAttribute('aria-valuemax')).toBe('20');
    const shortfall = getComputedStyle(root.querySelector('.arc-shortfall')!);
    const value = getComputedStyle(root.querySelector('.arc-value')!);
    expect(shortfall.fill).not.toBe(value.fill);
    expect(shortfall.strokeDasharray).not.toBe('none');
  });

  it('marks a range target with a band and says the value is on target inside it', async () => {
    const element = await gauge('value="95" target-min="90" target-max="100" label="Phát triển đảng viên"');
    await until(element, 'ready');
    expect(shadow(element).querySelector('.arc-targetRange')).not.toBeNull();
    expect(text(element, '[part="delta"]')).toBe('đạt chỉ tiêu');
    expect(text(element, '.target-line')).toBe('Chỉ tiêu: 90–100');
    expect(meter(element).getAttribute('aria-valuetext')).toBe('Đã kết nạp 95 đảng viên, đạt chỉ tiêu 90–100');
  });

  it('keeps the dial and its lines inside a narrow box when the number is wider than it', async () => {
    const element = mount('<party-target-gauge value="1234567" target="20"></party-target-gauge>', 200).querySelector('party-target-gauge')!;
    await until(element, 'ready');
    const box = element.getBoundingClientRect();
    for (const selector of ['[part="dial"]', '[part="delta"]', '.target-line']) {
      const part = shadow(element).querySelector(selector)!.getBoundingClientRect();
      expect(part.width, selector).toBeGreaterThan(0);
      expect(part.right, selector).toBeLessThanOrEqual(box.right);
      expect(part.left, selector).toBeGreaterThanOrEqual(box.left);
    }
  });

  it('speaks English with lang="en"', async () => {
    const element = await gauge('lang="en" value="53" target="20" as-of="2024-12-31" label="Mường Khương"');
    await until(element, 'ready');
    expect(text(element, '[part="delta"]')).toBe('33 above target');
    expect(meter(element).getAttribute('aria-valuetext')).toBe('Admitted 53 members, 33 members above the target of 20 (265%)');
    expect(text(element, '.as-of')).toBe('Figures as of 31 Dec 2024');
    expect(shadow(element).querySelector('figure')?.getAttribute('lang')).toBe('en');
  });

  it('writes names containing HTML as text', async () => {
    const element = await gauge('value="1" target="2"');
    element.label = '<img src=x onerror="window.__pwned=1">Chi bộ <b>A</b>';
    await until(element, 'ready');
    await element.updateComplete;
    expect(text(element, '[part="title"]')).toBe('<img src=x onerror="window.__pwned=1">Chi bộ <b>A</b>');
    expect(shadow(element).querySelector('img, b')).toBeNull();
  });

  it('draws inline figures once, with no data task left to ask for a second drawing', async () => {
    const element = mount('<party-target-gauge value="53" target="20"></party-target-gauge>').querySelector<PartyTargetGauge>('party-target-gauge')!;
    // Counts every drawing: Lit calls updated() after each render.
    const host = element as unknown as { updated(changed: unknown): void };
    const original = host.updated.bind(host);
    let drawn = 0;
    host.updated = (changed) => {
      drawn++;
      original(changed);
    };
    await until(element, 'ready');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(drawn).toBe(1);
  });

  it('shows the sources and date handed to it', async () => {
    const element = await gauge('value="53" target="20" as-of="2024-12-31"');
    element.sources = [{ publisher: 'Báo Lào Cai', title: null, url: 'https://baolaocai.vn/a', publishedOn: null }];
    await element.updateComplete;
    expect(text(element, '.source')).toBe('Nguồn: Báo Lào Cai');
    expect(shadow(element).querySelector('.source a')?.getAttribute('href')).toBe('https://baolaocai.vn/a');
  });
});

describe('<party-target-gauge> when things go wrong', () => {
  const failures: Array<[Behaviour, string, string]> = [
    ['down', 'network', 'Không tải được số liệu'],
    ['not-found', 'not-found', 'Không tìm thấy số liệu'],
    ['server-error', 'http', 'Không tải được số liệu'],
    ['malformed', 'malformed', 'Số liệu không hợp lệ'],
    ['invalid', 'invalid', 'Số liệu không hợp lệ'],
  ];

  for (const [behaviour, failure, said] of failures) {
    it(`shows a readable message and the journalist's text when the API is ${behaviour}`, async () => {
      serve(behaviour);
      const errors: string[] = [];
      const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`, '<p>Năm 2024 kết nạp 53 đảng viên.</p>');
      element.addEventListener('chitieu-error', (event) => errors.push(event.failure));
      await until(element, 'error');
      const status = shadow(element).querySelector('[part="status"]')!;
      expect(status.getAttribute('data-failure')).toBe(failure);
      expect(text(element, '.status-message')).toBe(said);
      const fallback = element.querySelector('p')!;
      expect(fallback.assignedSlot).not.toBeNull();
      expect(fallback.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(errors).toEqual([failure]);
    });
  }

  it('gives up on a slow network after its timeout', async () => {
    serve('hang');
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}" timeout="100"`);
    await until(element, 'loading');
    await until(element, 'error');
    expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('timeout');
    expect(text(element, '.status-message')).toBe('Máy chủ số liệu không trả lời kịp');
  });

  const invalid = [
    'value="lots" target="20"',
    'value="-3" target="20"',
    'value="10" target-min="30"',
    'value="10" target-min="30" target-max="20"',
    'value="10" as-of="2024-02-30"',
    'org="Mường Khương" period="2024"',
    'org="muong-khuong" period="20x4"',
    'org="muong-khuong"',
    'org="muong-khuong" period="2024" api="javascript:alert(1)"',
  ];
  for (const attributes of invalid) {
    it(`shows the error state for ${attributes}`, async () => {
      const { requests } = serve();
      const element = await gauge(attributes, 'Số liệu gốc');
      await until(element, 'error');
      expect(shadow(element).querySelector('[part="status"]')?.getAttribute('data-failure')).toBe('attributes');
      expect(requests).toEqual([]);
    });
  }

  it('shows the empty state without figures or an organisation', async () => {
    const element = await gauge('label="Chưa có gì"');
    await until(element, 'empty');
    expect(text(element, '.status-message')).toBe('Chưa có số liệu');
  });

  it('recovers when its attributes are corrected', async () => {
    const element = await gauge('value="abc" target="20"');
    await until(element, 'error');
    element.setAttribute('value', '53');
    await until(element, 'ready');
    expect(text(element, '[part="value"]')).toBe('53');
  });

  it('keeps its height from loading to figures, so the article does not jump', async () => {
    serve('hang');
    const loading = await gauge(`org="muong-khuong" period="2024" api="${API}"`);
    await until(loading, 'loading');
    const reserved = loading.getBoundingClientRect().height;
    const loaded = await gauge(`value="53" target="20" as-of="2024-12-31" label="Đảng bộ thị trấn Mường Khương"`);
    loaded.sources = [{ publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }];
    await until(loaded, 'ready');
    await loaded.updateComplete;
    expect(loaded.getBoundingClientRect().height).toBeCloseTo(reserved, 0);
  });
});

describe('<party-target-gauge> theming', () => {
  it('takes its colours from --chitieu-* custom properties and exposes parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .newsroom { --chitieu-value-color: rgb(1, 2, 3); --chitieu-font-family: Georgia, serif; }
      .newsroom::part(value) { color: rgb(200, 0, 0); }
      .newsroom::part(title) { text-transform: uppercase; }
    `;
    document.head.append(style);
    try {
      const element = await gauge('class="newsroom" value="53" target="20" label="Mường Khương"');
      await until(element, 'ready');
      const root = shadow(element);
      expect(getComputedStyle(root.querySelector('.arc-value')!).fill).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(root.querySelector('[part="value"]')!).color).toBe('rgb(200, 0, 0)');
      expect(getComputedStyle(root.querySelector('[part="title"]')!).textTransform).toBe('uppercase');
      expect(getComputedStyle(root.querySelector('[part="title"]')!).fontFamily).toBe('Georgia, serif');
    } finally {
      style.remove();
    }
  });

  it('inherits the font of the page', async () => {
    const container = mount('<party-target-gauge value="1" target="2"></party-target-gauge>');
    container.style.fontFamily = '"Times New Roman", serif';
    const element = container.querySelector('party-target-gauge')!;
    await until(element, 'ready');
    expect(getComputedStyle(shadow(element).querySelector('[part="value"]')!).fontFamily).toBe('"Times New Roman", serif');
  });

  it('pins a dark or light scheme with color-scheme', async () => {
    const dark = await gauge('color-scheme="dark" value="1" target="2"');
    const light = await gauge('color-scheme="light" value="1" target="2"');
    await until(dark, 'ready');
    await until(light, 'ready');
    expect(getComputedStyle(dark).colorScheme).toBe('dark');
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(22, 27, 34)');
    expect(getComputedStyle(light).backgroundColor).toBe('rgb(255, 255, 255)');
    const auto = await gauge('value="1" target="2"');
    expect(getComputedStyle(auto).colorScheme).toBe('light dark');
  });

  it("follows the reader's dark preference unless pinned", async () => {
    await commands.emulateColorScheme('dark');
    try {
      const auto = await gauge('value="1" target="2"');
      const light = await gauge('color-scheme="light" value="1" target="2"');
      expect(getComputedStyle(auto).backgroundColor).toBe('rgb(22, 27, 34)');
      expect(getComputedStyle(light).backgroundColor).toBe('rgb(255, 255, 255)');
    } finally {
      await commands.emulateColorScheme(null);
    }
  });
});

describe('<party-target-gauge> accessibility', () => {
  const states: Array<[string, string, Behaviour, 'ready' | 'loading' | 'error' | 'empty']> = [
    ['the seed figures', `org="muong-khuong" period="2024" api="${API}"`, 'ok', 'ready'],
    ['a shortfall in English', 'lang="en" value="16" target="20" label="Na Đẩy"', 'ok', 'ready'],
    ['a range target, dark', 'color-scheme="dark" value="95" target-min="90" target-max="100" label="Lào Cai"', 'ok', 'ready'],
    ['loading', `org="muong-khuong" period="2024" api="${API}"`, 'hang', 'loading'],
    ['an error', `org="muong-khuong" period="2024" api="${API}"`, 'down', 'error'],
    ['empty', '', 'ok', 'empty'],
  ];
  for (const [name, attributes, behaviour, state] of states) {
    it(`has no axe violations showing ${name}`, async () => {
      serve(behaviour);
      const element = await gauge(attributes, '<p>Năm 2024 kết nạp 53 đảng viên.</p>');
      await until(element, state);
      expect(await axeViolations(element)).toEqual([]);
    });
  }
});

describe('<party-target-gauge> holding the embed code’s image of its figure', () => {
  // The render Worker's image as the builder's code holds it in the tag (apps/site embed-codes.ts).
  const figure = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="300"><rect width="360" height="300" fill="#eee"/></svg>')}`;
  const code = (src: string) =>
    `<img src="${src}" alt="Năm 2024 kết nạp 53 đảng viên." width="360" height="384" crossorigin="anonymous" style="max-width:100%;height:auto">`;

  it('shows it while loading, with no axe violation, then only its own figure', async () => {
    serve('hang');
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}" style="min-height:384px"`, code(figure));
    const img = element.querySelector('img')!;
    await eventually(() => expect(img.complete && img.naturalWidth).toBe(360));
    expect(element.matches(':state(loading)')).toBe(true);
    expect(element.matches(':state(drawn)')).toBe(true);
    expect(seen(img)).toBe(true);
    expect(shadow(element).querySelector('[part="status"]')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
    api!.restore();
    serve('ok');
    // A new pin: the element reads again and draws.
    element.setAttribute('as-of', '2024-12-31');
    await until(element, 'ready');
    expect(seen(img)).toBe(false);
    expect(element.matches(':state(drawn)')).toBe(false);
  });

  it('gives way to the loading state when the image fails after the element is defined, and never shows it again', async () => {
    serve('hang');
    // Not an SVG: the image fails only once decoding is tried, after the element has upgraded.
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`, code('data:image/svg+xml,not-an-image'));
    const img = element.querySelector('img')!;
    await until(element, 'loading');
    expect(img.complete && img.naturalWidth).toBe(0);
    expect(seen(img)).toBe(false);
    expect(element.matches(':state(drawn)')).toBe(false);
  });

  it('says the image’s text in the error state instead of showing the image', async () => {
    serve('down');
    const element = await gauge(`org="muong-khuong" period="2024" api="${API}"`, code(figure));
    const img = element.querySelector('img')!;
    await until(element, 'error');
    expect(text(element, '.fallback')).toBe('Năm 2024 kết nạp 53 đảng viên.');
    expect(seen(img)).toBe(false);
    expect(await axeViolations(element)).toEqual([]);
  });
});
