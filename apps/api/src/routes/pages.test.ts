import { describe, expect, it } from 'vitest';
import { request } from '../../test/request.ts';

// The tests' assets (test/.assets) hold the built site when @chitieu/site is built, else stand-ins
// (scripts/build-assets.mjs); the headers are the Worker's either way.
describe('GET / and /builder', () => {
  it.each(['/', '/builder'])('%s is an HTML page with a strict CSP that no site may frame', async (path) => {
    const res = await request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it('no longer sends a visitor of / to /docs', async () => {
    const res = await request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Location')).toBeNull();
  });
});

describe('the pages’ files', () => {
  it('serves the embed page’s client under a fixed name with a short cache', async () => {
    for (const path of ['/site/v1/embed-frame.js', '/site/v1/resize.js']) {
      const res = await request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=3600');
    }
    expect((await request('/site/v1/embed-frame.css')).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('caches every content-hashed asset a page links to for a year, as immutable', async () => {
    const html = await (await request('/builder')).text();
    const paths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const res = await request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers a missing file with the JSON 404', async () => {
    const res = await request('/assets/nothing-00000000.js');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
