// What makes the embed reads safe to put on any news page and cheap to serve: CORS, validators,
// Cache-Control, HEAD, and the edge cache in front of D1.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from './load.ts';

const ORIGIN = 'https://baolaocai.example.vn';
const fetchApi = (path: string, init?: RequestInit) => exports.default.fetch(`https://api.chitieu.test${path}`, init);

const EMBED_READS = [
  '/v1/organizations',
  '/v1/organizations/muong-khuong',
  '/v1/organizations/muong-khuong/admissions/2024',
  '/v1/organizations/muong-khuong/admissions/2020-2025',
  '/v1/organizations/muong-khuong/cells',
  '/v1/organizations/muong-khuong/cells?asOf=2024-12-31',
];

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe.each(EMBED_READS)('GET %s', (path) => {
  it('is public: CORS * for any origin, a minute fresh and never served stale', async () => {
    const res = await fetchApi(path, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('Vary')).toBeNull();
  });

  it('carries a strong ETag, the SHA-256 of the body', async () => {
    const res = await fetchApi(path);
    expect(res.headers.get('ETag')).toBe(`"${await sha256Hex(await res.arrayBuffer())}"`);
  });

  it('answers 304 to a matching If-None-Match, strong, weak or in a list', async () => {
    const tag = (await fetchApi(path)).headers.get('ETag') ?? '';
    for (const ifNoneMatch of [tag, `W/${tag}`, `"nope", ${tag}`]) {
      const res = await fetchApi(path, { headers: { 'If-None-Match': ifNoneMatch, Origin: ORIGIN } });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get('ETag')).toBe(tag);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(await res.text()).toBe('');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const [get, head] = [await fetchApi(path), await fetchApi(path, { method: 'HEAD' })];
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
    expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
    expect(await head.text()).toBe('');
  });

  it('answers a CORS preflight without a body', async () => {
    const res = await fetchApi(path, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS');
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('if-none-match');
    expect(Number(res.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
  });
});

describe('errors of embed reads', () => {
  it('are readable cross-origin but cached only briefly and never tagged', async () => {
    for (const path of ['/v1/organizations/ha-noi/cells', '/v1/organizations/muong-khuong/admissions/20x4']) {
      const res = await fetchApi(path, { headers: { Origin: ORIGIN } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=10');
      expect(res.headers.get('ETag')).toBeNull();
    }
  });
});

describe('the edge cache in front of D1', () => {
  it('serves a read it has seen without asking D1 again', async () => {
    await load({
      organizations: [organization('cached-town')],
      admissions: [
        {
          organization: 'cached-town',
          period: '2024',
          admitted: 7,
          target: { min: 5, max: 5 },
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [SOURCE],
        },
      ],
    });
    const first = await fetchApi('/v1/organizations/cached-town/admissions/2024');
    expect(await first.json()).toMatchObject({ admitted: 7 });

    await env.DB.prepare("DELETE FROM admission_records WHERE organization_id = (SELECT id FROM organizations WHERE slug = 'cached-town')").run();
    const again = await fetchApi('/v1/organizations/cached-town/admissions/2024');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ admitted: 7 });
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
  });

  it('keeps no 404, so a record added afterwards is served at once', async () => {
    await load({ organizations: [organization('late-town')] });
    const before = await fetchApi('/v1/organizations/late-town/admissions/2024');
    expect(before.status).toBe(404);
    await load({
      organizations: [organization('late-town')],
      admissions: [
        {
          organization: 'late-town',
          period: '2024',
          admitted: 3,
          target: null,
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [SOURCE],
        },
      ],
    });
    const after = await fetchApi('/v1/organizations/late-town/admissions/2024');
    expect(after.status).toBe(200);
  });
});
