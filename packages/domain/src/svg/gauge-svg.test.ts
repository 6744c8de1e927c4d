import { describe, expect, it } from 'vitest';
import {
  sampleAdmissionResponse,
  OVERSHOOT_ADMISSIONS,
  parseXml,
  RANGE_ADMISSIONS,
  SEED_ADMISSIONS_2024,
  SEED_ADMISSIONS_TERM,
  SHORTFALL_ADMISSIONS,
  xmlElements,
  xmlText,
  type XmlElement,
} from '../fixtures/index.ts';
import { gaugeGeometry } from '../gauge-geometry.ts';
import { renderGaugeSvg } from './gauge-svg.ts';
import { SVG_PALETTES } from './svg-options.ts';

function parts(root: XmlElement, part: string): string[] {
  return xmlElements(root)
    .filter((e) => e.attributes['data-part'] === part)
    .map(xmlText);
}

function arcs(root: XmlElement): Array<{ kind: string; d: string }> {
  return xmlElements(root)
    .filter((e) => e.name === 'path' && e.attributes['data-arc'])
    .map((e) => ({ kind: e.attributes['data-arc'] ?? '', d: e.attributes['d'] ?? '' }));
}

const seed = parseXml(renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi' }));

describe('renderGaugeSvg with the article’s 2024 figures', () => {
  it('is a well-formed SVG image of the requested width, named by its title and described by its desc', () => {
    expect(seed.name).toBe('svg');
    expect(seed.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', role: 'img', width: '360', lang: 'vi' });
    const [title, desc] = seed.children;
    expect(title?.name).toBe('title');
    expect(desc?.name).toBe('desc');
    expect(seed.attributes['aria-labelledby']).toBe(title?.attributes['id']);
    expect(seed.attributes['aria-describedby']).toBe(desc?.attributes['id']);
    expect(seed.attributes['viewBox']).toBe(`0 0 360 ${seed.attributes['height']}`);
  });

  it('shows 53, "vượt 33 so với chỉ tiêu", the target 20 and 265%', () => {
    expect(parts(seed, 'value')).toEqual(['53']);
    expect(parts(seed, 'delta')).toEqual(['vượt 33 so với chỉ tiêu']);
    expect(parts(seed, 'target-line')).toEqual(['Chỉ tiêu: 20 (đạt 265%)']);
    expect(parts(seed, 'reading-label')).toEqual(['Đã kết nạp']);
  });

  it('names the organisation and the year, and credits the source with the as-of date', () => {
    expect(parts(seed, 'title')).toEqual(['Đảng bộ thị trấn Mường Khương']);
    expect(parts(seed, 'subtitle')).toEqual(['Năm 2024']);
    expect(parts(seed, 'source').join(' ')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
    expect(parts(seed, 'updated')).toEqual(['Cập nhật 31/12/2024']);
  });

  it('carries every figure as text in <title> and <desc>, the term so far and total membership included', () => {
    expect(xmlText(seed.children[0]!)).toBe('Đảng bộ thị trấn Mường Khương · Năm 2024');
    expect(xmlText(seed.children[1]!)).toBe(
      'Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%). Lũy kế từ đầu nhiệm kỳ (Nhiệm kỳ 2020–2025): 93. ' +
        'Tổng số đảng viên: 454. Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”. Cập nhật 31/12/2024.',
    );
  });

  it('draws exactly the arcs of gaugeGeometry, the overshoot striped, and the target tick', () => {
    const g = gaugeGeometry({ value: 53, target: { min: 20, max: 20 } });
    expect(arcs(seed)).toEqual(g.arcs.map((a) => ({ kind: a.kind, d: a.d })));
    const overshoot = xmlElements(seed).find((e) => e.attributes['data-arc'] === 'overshoot');
    const stripes = xmlElements(seed).find((e) => e.name === 'pattern');
    expect(overshoot?.attributes['fill']).toBe(`url(#${stripes?.attributes['id']})`);
    const tick = xmlElements(seed).find((e) => e.attributes['data-part'] === 'target');
    expect(tick?.attributes).toMatchObject({ x1: String(Math.round(g.targetTick!.x1 * 100) / 100) });
    const dial = xmlElements(seed).find((e) => e.attributes['data-part'] === 'dial');
    expect(dial?.attributes['viewBox']).toBe(`0 0 ${g.width} ${g.height}`);
  });

  it('never writes NaN, Infinity or undefined', () => {
    for (const data of [
      SEED_ADMISSIONS_2024,
      SEED_ADMISSIONS_TERM,
      OVERSHOOT_ADMISSIONS,
      SHORTFALL_ADMISSIONS,
      RANGE_ADMISSIONS,
      sampleAdmissionResponse(0, { min: 0, max: 0 }),
    ]) {
      for (const width of [240, 360, 1600]) {
        expect(renderGaugeSvg(data, { lang: 'vi', width })).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });
});

describe('renderGaugeSvg in other cases', () => {
  it('draws a shortfall dashed and says how many are missing', () => {
    const root = parseXml(renderGaugeSvg(SHORTFALL_ADMISSIONS, { lang: 'vi' }));
    expect(arcs(root).map((a) => a.kind)).toEqual(['track', 'value', 'shortfall']);
    expect(xmlElements(root).find((e) => e.attributes['data-arc'] === 'shortfall')?.attributes['stroke-dasharray']).toBe('4 3');
    expect(parts(root, 'delta')).toEqual(['còn thiếu 4 so với chỉ tiêu']);
    expect(parts(root, 'target-line')).toEqual(['Chỉ tiêu: 20 (đạt 80%)']);
  });

  it('shows a range target as a band with no percentage when within it', () => {
    const root = parseXml(renderGaugeSvg(RANGE_ADMISSIONS, { lang: 'vi' }));
    expect(arcs(root).map((a) => a.kind)).toEqual(['track', 'targetRange', 'value']);
    expect(parts(root, 'delta')).toEqual(['đạt chỉ tiêu']);
    expect(parts(root, 'target-line')).toEqual(['Chỉ tiêu: 90–100']);
    expect(parts(root, 'subtitle')).toEqual(['Nhiệm kỳ 2020–2025']);
  });

  it('grows the scale for 120 of 12 instead of clamping, and says 1.000%', () => {
    const root = parseXml(renderGaugeSvg(OVERSHOOT_ADMISSIONS, { lang: 'vi' }));
    expect(arcs(root)).toEqual(gaugeGeometry({ value: 120, target: { min: 12, max: 12 } }).arcs.map((a) => ({ kind: a.kind, d: a.d })));
    expect(parts(root, 'target-line')).toEqual(['Chỉ tiêu: 12 (đạt 1.000%)']);
  });

  it('invents nothing without a target: no delta, no target line, no tick', () => {
    const root = parseXml(renderGaugeSvg(SEED_ADMISSIONS_TERM, { lang: 'vi' }));
    expect(parts(root, 'value')).toEqual(['93']);
    expect(parts(root, 'delta')).toEqual([]);
    expect(parts(root, 'target-line')).toEqual([]);
    expect(parts(root, 'target')).toEqual([]);
    expect(xmlText(root.children[1]!)).toMatch(/^Đã kết nạp 93 đảng viên\. /);
  });

  it('speaks English with English numbers and dates', () => {
    const root = parseXml(renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'en' }));
    expect(root.attributes['lang']).toBe('en');
    expect(parts(root, 'delta')).toEqual(['33 above target']);
    expect(parts(root, 'target-line')).toEqual(['Target: 20 (265%)']);
    expect(parts(root, 'reading-label')).toEqual(['Admitted']);
    expect(parts(root, 'subtitle')).toEqual(['Year 2024']);
    expect(parts(root, 'updated')).toEqual(['Updated 31 Dec 2024']);
  });

  it('draws in the dark theme’s colours', () => {
    const root = parseXml(renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', theme: 'dark' }));
    const background = root.children.find((e) => e.name === 'rect');
    expect(background?.attributes['fill']).toBe(SVG_PALETTES.dark.background);
    expect(xmlElements(root).find((e) => e.attributes['data-arc'] === 'value')?.attributes['fill']).toBe(SVG_PALETTES.dark.value);
  });

  it('renders hostile names and sources as text, never as markup', () => {
    const hostile = sampleAdmissionResponse(
      5,
      { min: 3, max: 3 },
      {
        organization: { slug: 'x', name: '<script>alert(1)</script> & "Đảng bộ" \u0007' },
        sources: [{ publisher: 'A & B <i>', title: '</title><script>', url: null, publishedOn: null }],
      },
    );
    const svg = renderGaugeSvg(hostile, { lang: 'vi' });
    expect(svg).not.toMatch(/<script|<i>|<\/title><script/);
    const root = parseXml(svg);
    expect(xmlElements(root).map((e) => e.name)).not.toContain('script');
    expect(parts(root, 'title').join(' ')).toBe('<script>alert(1)</script> & "Đảng bộ"');
    expect(parts(root, 'source').join(' ')).toBe('Nguồn: A & B <i>, “</title><script>”');
  });

  it('keeps every text line inside the image at the narrowest width, long names wrapped', () => {
    const long = sampleAdmissionResponse(
      1783,
      { min: 1500, max: 1500 },
      { organization: { slug: 'x', name: 'Đảng bộ xã Bản Lầu, huyện Mường Khương, tỉnh Lào Cai' } },
    );
    const root = parseXml(renderGaugeSvg(long, { lang: 'vi', width: 240 }));
    expect(parts(root, 'title').length).toBeGreaterThan(1);
    expect(parts(root, 'value')).toEqual(['1.783']);
    const height = Number(root.attributes['height']);
    const texts = xmlElements(root).filter((e) => e.name === 'text');
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      expect(Number(text.attributes['y'])).toBeLessThan(height);
      expect(Number(text.attributes['x'])).toBeGreaterThanOrEqual(16);
    }
  });

  it('prefixes its ids so two images can share a page', () => {
    const svg = renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', idPrefix: 'g2024' });
    const ids = xmlElements(parseXml(svg)).flatMap((e) => (e.attributes['id'] ? [e.attributes['id']] : []));
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id.startsWith('g2024-')).toBe(true);
  });

  it.each([[239], [1601], [Number.NaN]])('refuses a width of %s px', (width) => {
    expect(() => renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', width })).toThrow(RangeError);
  });

  it('refuses an id prefix that could break out of an attribute', () => {
    expect(() => renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', idPrefix: 'a"><script>' })).toThrow(RangeError);
  });
});
