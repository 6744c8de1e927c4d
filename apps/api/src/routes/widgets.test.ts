import { describe, expect, it } from 'vitest';
import { request } from '../../test/request.ts';

// The tests' assets (test/.assets) hold the real bundle when @chitieu/widgets is built, else the
// stand-in that vitest.config.ts writes; the headers are the Worker's either way.
describe('GET /widgets/v1/chitieu.js', () => {
  it('serves the bundle to any origin as JavaScript with a short cache', async () => {
    const res = await request('/widgets/v1/chitieu.js', { headers: { Origin: 'https://news.example.vn' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=3600');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await res.text()).length).toBeGreaterThan(0);
  });

  it('serves the chunks the loader imports, named by their content, cached for a year as immutable', async () => {
    const loader = await (await request('/widgets/v1/chitieu.js')).text();
    const chunks = [...loader.matchAll(/\.\/(chunks\/[\w-]+\.js)/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const res = await request(`/widgets/v1/${chunk}`, { headers: { Origin: 'https://news.example.vn' } });
      expect(res.status, chunk).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });

  it('serves the same loader at a URL with a query, as a CMS writes it (`?ver=6.4`)', async () => {
    const plain = await request('/widgets/v1/chitieu.js');
    const versioned = await request('/widgets/v1/chitieu.js?ver=6.4');
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await versioned.text()).toBe(await plain.text());
  });

  it('revalidates with the asset ETag', async () => {
    const tag = (await request('/widgets/v1/chitieu.js')).headers.get('ETag');
    expect(tag).toBeTruthy();
    const res = await request('/widgets/v1/chitieu.js', { headers: { 'If-None-Match': tag ?? '' } });
    expect(res.status).toBe(304);
  });

  it('answers a CORS preflight', async () => {
    const res = await request('/widgets/v1/chitieu.js', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example.vn', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('GET');
  });

  it('answers a missing file with the JSON 404, still readable cross-origin', async () => {
    const res = await request('/widgets/v1/nothing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 405 to a write', async () => {
    expect((await request('/widgets/v1/chitieu.js', { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
