// A frame holding the built hosted script (test/build-bundle.ts, served at /bundle/) under a strict
// Content Security Policy that enforces Trusted Types, allowing only the policy the README tells a page
// to allow (`chitieu`, no duplicates); test/csp-probe.js records every violation in `__cspViolations`.
// Its fetch answers every request with one JSON body (or the body for its URL) and lists what was asked for.
import { afterEach } from 'vitest';

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types chitieu',
].join('; ');

export type StrictWindow = Window & typeof globalThis & { __cspViolations: string[] };

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the frame (removed after the test) and answers its requests with `body`, or with `body(url)`. */
export async function strictFrame(body: unknown): Promise<{ readonly win: StrictWindow; readonly fetched: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${POLICY}"><script src="/test/csp-probe.js"></script>
    <script type="module" src="/bundle/chitieu.js"></script></head><body></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as StrictWindow;
  // The frame's network for the API (its own policy allows no inline script to set it up).
  const fetched: string[] = [];
  win.fetch = async (url: RequestInfo | URL) => {
    fetched.push(String(url));
    const answer: unknown = typeof body === 'function' ? body(String(url)) : body;
    return new win.Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  };
  return { win, fetched };
}
