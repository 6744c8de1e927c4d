import { describe, expect, it } from 'vitest';
import { request } from '../../test/request.ts';

describe('GET /docs', () => {
  it('serves the reference page with a strict CSP, no-sniff and a short cache', async () => {
    const res = await request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('Content-Security-Policy')).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it('has no inline script, and every file it loads is served from /docs/', async () => {
    const html = await (await request('/docs')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\ssrc="/);
      expect(content?.trim()).toBe('');
    }
    const urls = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls).toEqual(expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/docs.js', '/docs/swagger-ui.css']));
    for (const url of urls) expect((await request(url)).status, url).toBe(200);
  });

  it('points Swagger UI at our OpenAPI document and at no online validator', async () => {
    const script = await (await request('/docs/docs.js')).text();
    expect(script).toContain("url: '/v1/openapi.json'");
    expect(script).toContain('validatorUrl: null');
  });

  it('answers HEAD, and a JSON 404 for a file that is not there', async () => {
    expect((await request('/docs', { method: 'HEAD' })).status).toBe(200);
    const missing = await request('/docs/nothing.js');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
