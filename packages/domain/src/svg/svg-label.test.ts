import { describe, expect, it } from 'vitest';
import { parseXml, SEED_ADMISSIONS_2024, SEED_CELLS, sampleRankingResponse, xmlElements, xmlText, type XmlElement } from '../fixtures/index.ts';
import { renderCellMapSvg } from './cell-map-svg.ts';
import { renderGaugeSvg } from './gauge-svg.ts';
import { renderRankingSvg } from './ranking-svg.ts';
import type { SvgOptions } from './svg-options.ts';

const ranking = sampleRankingResponse({ rows: 3 });
const RENDERERS = [
  ['gauge', (options: SvgOptions) => renderGaugeSvg(SEED_ADMISSIONS_2024, options), SEED_ADMISSIONS_2024.organization.name],
  ['cell map', (options: SvgOptions) => renderCellMapSvg(SEED_CELLS, options), SEED_CELLS.organization.name],
  ['ranking', (options: SvgOptions) => renderRankingSvg(ranking, options), ranking.organization.name],
] as const;

const heading = (root: XmlElement) =>
  xmlElements(root)
    .filter((e) => e.attributes['data-part'] === 'title')
    .map(xmlText)
    .join(' ');
/** The accessible name: the `<title>` that aria-labelledby names. */
const accessibleName = (root: XmlElement) => xmlText(xmlElements(root).find((e) => e.attributes['id'] === root.attributes['aria-labelledby'])!);

describe.each(RENDERERS)('the %s image’s title', (_, render, name) => {
  it('is the organisation’s name without a label', () => {
    const root = parseXml(render({ lang: 'vi' }));
    expect(heading(root)).toBe(name);
    expect(accessibleName(root).startsWith(`${name} · `)).toBe(true);
  });

  it('is the journalist’s label instead of the name, in the heading and the accessible name', () => {
    const root = parseXml(render({ lang: 'vi', label: 'Chi bộ Na Đẩy' }));
    expect(heading(root)).toBe('Chi bộ Na Đẩy');
    expect(accessibleName(root).startsWith('Chi bộ Na Đẩy · ')).toBe(true);
    expect(accessibleName(root)).not.toContain(name);
  });

  it('draws a label that looks like markup as text, escaped', () => {
    const label = '<script>alert(1)</script> & "Tổ 2"\u0007';
    const svg = render({ lang: 'en', label });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u0007');
    const root = parseXml(svg);
    expect(heading(root)).toBe('<script>alert(1)</script> & "Tổ 2"');
    expect(accessibleName(root).startsWith('<script>alert(1)</script> & "Tổ 2" · ')).toBe(true);
  });
});
