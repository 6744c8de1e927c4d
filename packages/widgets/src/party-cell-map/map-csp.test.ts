// The map from the built hosted script (test/build-bundle.ts, served at /bundle/) on a page with a
// strict Content Security Policy that enforces Trusted Types: each group's tiles are written as SVG
// markup (setInnerMarkup, through the `chitieu` policy), which such a page refuses from a plain
// string, and the tooltip is placed through the CSSOM, which style-src 'self' allows (a written
// `style` attribute it would refuse).
import { seedCellsResponse } from '@chitieu/domain/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { API } from '../../test/fake-api.ts';
import { eventually } from '../../test/fixture.ts';

const BUNDLE = '/bundle/chitieu.js';
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  // The policies the README tells a page to allow; no duplicates.
  'trusted-types chitieu',
].join('; ');
const SEED = seedCellsResponse();

type FrameWindow = Window & typeof globalThis & { __cspViolations: string[] };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('<party-cell-map> under a strict Content Security Policy with Trusted Types', () => {
  it('writes its tiles and shows a tile’s tooltip with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '640px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${POLICY}"><script src="/test/csp-probe.js"></script>
      <script type="module" src="${BUNDLE}"></script></head><body></body></html>`;
    document.body.append(frame);
    frames.push(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as FrameWindow;
    const fetched: string[] = [];
    win.fetch = async (url: RequestInfo | URL) => {
      fetched.push(String(url));
      return new win.Response(JSON.stringify(SEED), { headers: { 'content-type': 'application/json' } });
    };
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
