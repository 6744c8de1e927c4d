import { describe, expect, it } from 'vitest';
import { parseXml, sampleAdmissionResponse, sampleRankingResponse, sampleUnitName, xmlElements, xmlText, type XmlElement } from '../fixtures/index.ts';
import { subordinateAdmissionsResponse } from '../subordinate-admissions.ts';
import { renderRankingSvg } from './ranking-svg.ts';

function byPart(root: XmlElement, part: string): XmlElement[] {
  return xmlElements(root).filter((e) => e.attributes['data-part'] === part);
}

function rowOf(root: XmlElement, slug: string): XmlElement {
  const row = byPart(root, 'row').find((e) => e.attributes['data-slug'] === slug);
  if (!row) throw new Error(`no row ${slug}`);
  return row;
}

describe('renderRankingSvg', () => {
  const data = sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3], total: { admitted: 120, target: { min: 100, max: 100 } } });
  const root = parseXml(renderRankingSvg(data, { lang: 'vi' }));

  it('is a well-formed image of the requested width, with every row in its text alternative', () => {
    expect(root.attributes).toMatchObject({ role: 'img', width: '600', lang: 'vi' });
    const desc = xmlText(root.children[1]!);
    for (let i = 0; i < 5; i++) expect(desc).toContain(sampleUnitName(i));
    expect(desc).toContain(`${sampleUnitName(3)}: chưa có số liệu`);
  });

  it('draws one row per subordinate, and a subordinate without figures with words and no bar, never a zero', () => {
    expect(byPart(root, 'row')).toHaveLength(5);
    const empty = rowOf(root, 'don-vi-minh-hoa-4');
    expect(byPart(empty, 'no-figures').map(xmlText)).toEqual(['chưa có số liệu']);
    expect(byPart(empty, 'value')).toHaveLength(0);
    expect(byPart(empty, 'figures')).toHaveLength(0);
  });

  it('draws a range target as a band with the tick at its floor', () => {
    const range = rowOf(root, 'don-vi-minh-hoa-2');
    const band = byPart(range, 'target-band')[0]!;
    const tick = byPart(range, 'target')[0]!;
    expect(band.attributes['x']).toBe(tick.attributes['x1']);
    expect(byPart(rowOf(root, 'don-vi-minh-hoa-1'), 'target-band')).toHaveLength(0);
  });

  it('draws the overshoot striped, apart from the value, for a row above its target', () => {
    const row = data.subordinates.find((r) => r.admissions?.progress?.status === 'above')!;
    const drawn = rowOf(root, row.organization.slug);
    expect(byPart(drawn, 'overshoot')[0]?.attributes['fill']).toMatch(/^url\(#chitieu-ranking-overshoot-stripes\)$/);
  });

  it('heads with the total, the sum and the difference stated in words', () => {
    expect(byPart(root, 'total').map(xmlText).join(' ')).toContain('Toàn đảng bộ: Đã kết nạp 120 đảng viên');
    expect(byPart(root, 'sum').map(xmlText).join(' ')).toContain('Cộng 4/5 đơn vị trực thuộc có số liệu');
    expect(data.difference).not.toBeNull();
    expect(byPart(root, 'difference').length).toBeGreaterThan(0);
  });

  it('ranks by percentage of target, as the element does by default', () => {
    const order = byPart(root, 'row').map((e) => e.attributes['data-slug']);
    const ratios = order.map((slug) => data.subordinates.find((r) => r.organization.slug === slug)?.admissions?.progress?.ratio ?? -1);
    expect(ratios.slice(0, 4)).toEqual([...ratios.slice(0, 4)].sort((a, b) => b - a));
    expect(order.at(-1)).toBe('don-vi-minh-hoa-4');
  });

  it('says there are no subordinates rather than drawing an empty chart', () => {
    const none = subordinateAdmissionsResponse({
      organization: { slug: 'x', name: 'Đảng bộ X' },
      period: '2024',
      asOf: null,
      total: sampleAdmissionResponse(5, null),
      subordinates: [],
      succeededBy: null,
    });
    const drawn = parseXml(renderRankingSvg(none, { lang: 'en', theme: 'dark', width: 320 }));
    expect(byPart(drawn, 'none').map(xmlText).join(' ')).toBe('No subordinate organisations in this period');
  });
});
