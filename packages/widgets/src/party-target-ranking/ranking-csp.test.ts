// The ranking from the built hosted script (test/build-bundle.ts, served at /bundle/) on a page with a
// strict Content Security Policy that enforces Trusted Types: its rows and table lines are written as
// markup (setInnerMarkup, through the `chitieu` policy), which such a page refuses from a plain string;
// the page allows that one policy only, as the README tells it to (no `lit-html`).
import { sampleRankingResponse } from '@chitieu/domain/fixtures';
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
const FIVE = sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3], total: { admitted: 120, target: { min: 100, max: 100 } } });

type FrameWindow = Window & typeof globalThis & { __cspViolations: string[] };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('<party-target-ranking> under a strict Content Security Policy with Trusted Types', () => {
  it('writes its rows and its table with no violation', async () => {
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
    // The frame's network for the API (its own policy allows no inline script to set it up).
    const fetched: string[] = [];
    win.fetch = async (url: RequestInfo | URL) => {
      fetched.push(String(url));
      return new win.Response(JSON.stringify(FIVE), { headers: { 'content-type': 'application/json' } });
    };
    const ranking = win.document.createElement('party-target-ranking');
    ranking.setAttribute('org', 'dang-bo-minh-hoa');
    ranking.setAttribute('period', '2024');
    ranking.setAttribute('api', API);
    win.document.body.append(ranking);
    await eventually(() => expect(ranking.shadowRoot?.querySelectorAll('[role="listitem"]')).toHaveLength(5));
    expect(fetched).toEqual([`${API}v1/organizations/dang-bo-minh-hoa/subordinates/admissions/2024`]);
    expect(ranking.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(ranking.shadowRoot!.querySelector('[role="listitem"] [part~="name"]')!.textContent).toBe(ranking.shadowRoot!.querySelector('tbody th')!.textContent);
    expect(win.__cspViolations).toEqual([]);
  });
});
