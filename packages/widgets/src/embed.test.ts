// Whole-bundle checks on the built embed script: test/build-bundle.ts builds it as `pnpm build` builds
// dist/chitieu.js, into test/.bundle/.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedCells } from '../test/fake-api.ts';
import { unmountAll } from '../test/fixture.ts';
import { defineElement } from './internal/define-element.ts';
import { PartyCellMap, PartyTargetGauge } from './embed.ts';

const BUNDLE = '/test/.bundle/chitieu.js';

beforeAll(async () => {
  const response = await fetch(BUNDLE, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${BUNDLE} is missing: the global setup (test/build-bundle.ts) did not build it`);
});

afterEach(unmountAll);

describe('registration', () => {
  it('registers both elements', () => {
    expect(customElements.get('party-target-gauge')).toBe(PartyTargetGauge);
    expect(customElements.get('party-cell-map')).toBe(PartyCellMap);
  });

  it('survives the bundle being loaded again, from two more URLs, keeping the first definitions', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      for (const url of [BUNDLE, `${BUNDLE}?copy=2`]) await import(/* @vite-ignore */ url);
      expect(errors).toEqual([]);
      expect(customElements.get('party-target-gauge')).toBe(PartyTargetGauge);
      expect(customElements.get('party-cell-map')).toBe(PartyCellMap);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('does nothing when a name is taken', () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('party-target-gauge', Other)).not.toThrow();
    expect(customElements.get('party-target-gauge')).toBe(PartyTargetGauge);
  });
});

describe('under a strict Content Security Policy', () => {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');

  it('renders both elements from the built bundle with no violation: no eval, no inline script or style', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '400px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/test/csp-probe.js"></script>
      <script type="module" src="${BUNDLE}"></script></head>
      <body><party-target-gauge value="53" target="20" label="Mường Khương"></party-target-gauge>
      <party-cell-map label="Mường Khương"></party-cell-map></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & { __cspViolations: string[] };
      const gauge = doc.querySelector('party-target-gauge')!;
      const map = doc.querySelector('party-cell-map') as PartyCellMap;
      await vi.waitFor(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
      map.cells = seedCells().cells;
      await vi.waitFor(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
      map.shadowRoot!.querySelector<SVGGElement>('[part~="tile"]')!.focus();
      await vi.waitFor(() => expect(map.shadowRoot?.querySelector('[part="tooltip"]')).not.toBeNull());

      const value = gauge.shadowRoot!.querySelector('[part="value"]')!;
      expect(win.getComputedStyle(value).fontWeight).toBe('800');
      const tooltip = map.shadowRoot!.querySelector('[part="tooltip"]')!;
      expect(win.getComputedStyle(tooltip).position).toBe('absolute');
      expect(tooltip.getAttribute('style')).toMatch(/left:\s?\d/);
      expect(gauge.shadowRoot!.querySelector('style')).toBeNull();
      expect(win.__cspViolations).toEqual([]);
    } finally {
      frame.remove();
    }
  });
});
