// Bad input of every kind gets a 4xx in the one error shape, never a 500.
import { ApiErrorSchema } from '@chitieu/domain';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const fetchApi = (path: string, init?: RequestInit) => exports.default.fetch(`https://api.chitieu.test${path}`, init);

const HOSTILE_PATHS = [
  '/v1/organizations/%ZZ',
  '/v1/organizations/%00',
  '/v1/organizations/muong-khuong%2Fcells',
  "/v1/organizations/muong-khuong'%20OR%201=1--/cells",
  '/v1/organizations/<script>/admissions/2024',
  `/v1/organizations/${'x'.repeat(5000)}`,
  '/v1/organizations/muong-khuong/admissions/%E2%80%AE2024',
  '/v1/organizations/muong-khuong/admissions/99999999999999999999',
  '/v1/organizations/muong-khuong/admissions/2024-2025-',
  '/v1/organizations/muong-khuong/admissions/',
  '/v1/organizations/muong-khuong/cells?asOf=',
  '/v1/organizations/muong-khuong/cells?asOf=9999-99-99',
  '/v1/organizations/muong-khuong/cells?asOf[]=2024-12-31',
  '/v1/organizations/muong-khuong/cells?asOf=2024-12-31%00',
  '/v1/organizations/muong-khuong/cells?__proto__=1',
  '/v1/organizations/muong-khuong/cells?constructor=1',
  '/v1/organizations//cells',
  '/v1/organizations/muong-khuong/cells/extra',
  '/v1/health?x',
  '/v2/organizations',
  '/widgets/v1/../../wrangler.jsonc',
  '/docs/../../migrations/0001_figures.sql',
];

describe('hostile requests', () => {
  it.each(HOSTILE_PATHS)('%s gets a 4xx with the JSON error shape', async (path) => {
    const res = await fetchApi(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(ApiErrorSchema.parse(await res.json()).error.message.length).toBeGreaterThan(0);
  });
});

describe('methods a route does not serve', () => {
  const ROUTES: [string, string][] = [
    ['/v1/health', 'GET, HEAD, OPTIONS'],
    ['/v1/organizations', 'GET, HEAD, OPTIONS'],
    ['/v1/organizations/muong-khuong', 'GET, HEAD, PUT, OPTIONS'],
    ['/v1/organizations/muong-khuong/admissions/2024', 'GET, HEAD, PUT, DELETE, OPTIONS'],
    ['/v1/organizations/muong-khuong/cells', 'GET, HEAD, PUT, OPTIONS'],
    ['/v1/organizations/muong-khuong/cells/na-day', 'PUT, DELETE, OPTIONS'],
    ['/v1/organizations/muong-khuong/import', 'POST, OPTIONS'],
    ['/v1/newsrooms', 'POST, OPTIONS'],
    ['/v1/newsrooms/bao-lao-cai/keys', 'POST, GET, HEAD, OPTIONS'],
    ['/v1/newsrooms/bao-lao-cai/keys/0123456789abcdef', 'DELETE, OPTIONS'],
    ['/v1/audit', 'GET, HEAD, OPTIONS'],
    ['/v1/openapi.json', 'GET, HEAD, OPTIONS'],
    ['/docs', 'GET, HEAD, OPTIONS'],
  ];
  const CASES = ROUTES.flatMap(([path, allow]) =>
    ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !allow.split(', ').includes(method)).map((method) => [method, path, allow]),
  );
  it.each(CASES)('%s %s is a 405 with Allow and the JSON error', async (method, path, allow) => {
    const res = await fetchApi(path, {
      method,
      body: method === 'DELETE' || method === 'GET' ? undefined : '{"admitted":54}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect(ApiErrorSchema.parse(await res.json()).error.code).toBe('method_not_allowed');
  });

  it('leaves the seed untouched', async () => {
    const body = await (await fetchApi('/v1/organizations/muong-khuong/admissions/2024')).json<{ admitted: number }>();
    expect(body.admitted).toBe(53);
  });
});

describe('unknown paths', () => {
  it('get the JSON 404', async () => {
    const res = await fetchApi('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Nothing at /v1/nothing-here' } });
  });
});
