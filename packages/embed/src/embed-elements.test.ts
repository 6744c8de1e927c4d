import { CELL_MAP_SVG_DEFAULT_WIDTH, GAUGE_SVG_DEFAULT_WIDTH } from '@chitieu/domain';
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
