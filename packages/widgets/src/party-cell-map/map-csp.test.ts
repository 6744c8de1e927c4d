// The map from the built hosted script (test/build-bundle.ts, served at /bundle/) on a page with a
// strict Content Security Policy that enforces Trusted Types: each group's tiles are written as SVG
// markup (setInnerMarkup, through the `chitieu` policy), which such a page refuses from a plain
// string, and the tooltip is placed through the CSSOM, which style-src 'self' allows (a written
// `style` attribute it would refuse).
import { sampleRankingResponse, seedCellsResponse } from '@chitieu/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { API } from '../../test/fake-api.ts';
import { eventually } from '../../test/fixture.ts';
import { strictFrame } from '../../test/strict-csp-frame.ts';

const SEED = seedCellsResponse();

describe('<party-cell-map> under a strict Content Security Policy with Trusted Types', () => {
  it('writes its tiles and shows a tile’s tooltip with no violation', async () => {
    const { win, fetched } = await strictFrame(SEED);
    const map = win.document.createElement('party-cell-map');
    map.setAttribute('org', 'muong-khuong');
    map.setAttribute('api', API);
    win.document.body.append(map);
    await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
    expect(fetched).toEqual([`${API}v1/organizations/muong-khuong/cells`]);
    const root = map.shadowRoot!;
    root.querySelector<SVGElement>('[part~="tile"][tabindex="0"]')!.focus();
    // The tooltip of the focused tile (or of one under the test page's pointer, which wins), placed through the CSSOM.
    await eventually(() => expect(root.querySelector<HTMLElement>('[part="tooltip"]')?.style.top).toMatch(/^\d+px$/));
    const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.style.left).toMatch(/^\d+(\.\d+)?px$/);
    const labels = [...root.querySelectorAll('[part~="tile"]')].map((tile) => tile.getAttribute('aria-label')!.replace(': ', ' '));
    expect(labels).toContain(tooltip.textContent);
    expect(win.__cspViolations).toEqual([]);
  });

  it('shares the one `chitieu` policy with a ranking on the same page', async () => {
    // Each writes its markup through its own module (map-markup.ts, ranking-markup.ts); the page allows one policy of that name.
    const { win } = await strictFrame((url: string) => (url.includes('/subordinates/') ? sampleRankingResponse({ rows: 3 }) : SEED));
    for (const [tag, period] of [
      ['party-cell-map', null],
      ['party-target-ranking', '2024'],
    ] as const) {
      const element = win.document.createElement(tag);
      element.setAttribute('org', 'muong-khuong');
      if (period) element.setAttribute('period', period);
      element.setAttribute('api', API);
      win.document.body.append(element);
    }
    const [map, ranking] = [win.document.querySelector('party-cell-map')!, win.document.querySelector('party-target-ranking')!];
    await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
    await eventually(() => expect(ranking.shadowRoot?.querySelectorAll('[role="listitem"]')).toHaveLength(3));
    expect(ranking.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(win.__cspViolations).toEqual([]);
  });
});
