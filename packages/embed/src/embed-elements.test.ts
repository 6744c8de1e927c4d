import { CELL_MAP_SVG_DEFAULT_WIDTH, GAUGE_SVG_DEFAULT_WIDTH, RANKING_SVG_DEFAULT_WIDTH } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { EMBED_ELEMENT_SPECS, EMBED_ELEMENTS, isEmbedElement } from './embed-elements.ts';

describe('the element registry', () => {
  it('describes every element, and only those', () => {
    expect(Object.keys(EMBED_ELEMENT_SPECS)).toEqual([...EMBED_ELEMENTS]);
  });

  it('gives the gauge a period and the map none', () => {
    expect(EMBED_ELEMENT_SPECS['party-target-gauge'].params).toContain('period');
    expect(EMBED_ELEMENT_SPECS['party-cell-map'].params).not.toContain('period');
    expect(EMBED_ELEMENT_SPECS['party-cell-map'].params).toContain('as-of');
  });

  it('takes the image widths from the domain’s renderers', () => {
    expect(EMBED_ELEMENT_SPECS['party-target-gauge'].imageWidth).toBe(GAUGE_SVG_DEFAULT_WIDTH);
    expect(EMBED_ELEMENT_SPECS['party-cell-map'].imageWidth).toBe(CELL_MAP_SVG_DEFAULT_WIDTH);
  });

  it('tells an element’s tag from anything else', () => {
    expect(isEmbedElement('party-cell-map')).toBe(true);
    expect(isEmbedElement('party-cell-map.svg')).toBe(false);
    expect(isEmbedElement('constructor')).toBe(false);
  });
});

describe('the ranking in the registry', () => {
  const spec = EMBED_ELEMENT_SPECS['party-target-ranking'];

  it('is an element of its own, with a period, its order and highlight, pinned by as-of only', () => {
    expect(isEmbedElement('party-target-ranking')).toBe(true);
    expect(spec.needsPeriod).toBe(true);
    expect(spec.params).toEqual(['org', 'period', 'as-of', 'sort', 'highlight', 'lang', 'color-scheme', 'theme', 'label']);
  });

  it('takes its image width from the domain’s renderer and keeps a height while loading', () => {
    expect(spec.imageWidth).toBe(RANKING_SVG_DEFAULT_WIDTH);
    expect(spec.reservedHeight).toMatch(/^\d+(\.\d+)?rem$/);
  });
});
