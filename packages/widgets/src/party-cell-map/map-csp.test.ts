// The map from the built hosted script (test/build-bundle.ts, served at /bundle/) on a page with a
// strict Content Security Policy that enforces Trusted Types: each group's tiles are written as SVG
// markup (setInnerMarkup, through the `chitieu` policy), which such a page refuses from a plain
// string, and the tooltip is placed through the CSSOM, which style-src 'self' allows (a written
// `style` attribute it would refuse).
import { seedCellsResponse } from '@chitieu/domain/fixtures';
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
    root.querySelector<SVGGElement>('[part~="tile"][tabindex="0"]')!.focus();
    // The tooltip of the focused tile (or of one under the test page's pointer, which wins), placed through the CSSOM.
    await eventually(() => expect(root.querySelector<HTMLElement>('[part="tooltip"]')?.style.top).toMatch(/^\d+px$/));
    const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.style.left).toMatch(/^\d+(\.\d+)?px$/);
    const labels = [...root.querySelectorAll('[part~="tile"]')].map((tile) => tile.getAttribute('aria-label')!.replace(': ', ' '));
    expect(labels).toContain(tooltip.textContent);
    expect(win.__cspViolations).toEqual([]);
  });
});
