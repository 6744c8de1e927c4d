import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, clientAddress, newsroomWithKey, putOrganization, sameMinuteFor, send } from '../../test/write.ts';

const { key, id, newsroom } = await newsroomWithKey('auth-tests');
const WRITE = '/v1/organizations/auth-town';

describe('a write without a valid newsroom key', () => {
  it('gets 401 and a Bearer challenge when it has no Authorization header', async () => {
    const res = await putOrganization('', 'auth-town');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="chitieu"');
    expect((await res.json<ErrorBody>()).error.code).toBe('unauthorized');
  });

  it.each([
    ['another scheme', `Basic ${btoa('user:pass')}`, 'invalid_request'],
    ['a bare key', key, 'invalid_request'],
    ['a made-up key', `Bearer ct_0123456789abcdef_${'A'.repeat(43)}`, 'invalid_token'],
    ['the key with one character changed', `Bearer ${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, 'invalid_token'],
    ['a token that is no key', 'Bearer letmein', 'invalid_token'],
  ])('gets 401 for %s', async (_, authorization, error) => {
    const res = await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe(`Bearer realm="chitieu", error="${error}"`);
  });

  it('gets 403 with the administrator token: figures are written with a newsroom key', async () => {
    const res = await putOrganization(env.ADMIN_TOKEN, 'auth-town');
    expect(res.status).toBe(403);
    expect((await res.json<ErrorBody>()).error.code).toBe('forbidden');
  });

  it('is checked before the body, so a stranger learns nothing from validation', async () => {
    const res = await send(WRITE, { key: null, body: 'not json', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(401);
  });
});

describe('a revoked key', () => {
  it('works until revoked, then gets 401 saying so', async () => {
    const spare = await newsroomWithKey('auth-revoked');
    expect((await putOrganization(spare.key, 'auth-revoked-town')).status).toBe(201);
    expect((await admin(`/v1/newsrooms/${spare.newsroom}/keys/${spare.id}`, { method: 'DELETE' })).status).toBe(200);
    const res = await putOrganization(spare.key, 'auth-revoked-town', { name: 'Changed' });
    expect(res.status).toBe(401);
    expect((await res.json<ErrorBody>()).error.message).toMatch(/revoked/);
  });
});

describe('the administration routes', () => {
  it.each([
    ['POST', '/v1/newsrooms'],
    ['POST', `/v1/newsrooms/${newsroom}/keys`],
    ['GET', `/v1/newsrooms/${newsroom}/keys`],
    ['DELETE', `/v1/newsrooms/${newsroom}/keys/${id}`],
    ['GET', '/v1/audit'],
  ])('%s %s: 401 without a token, 403 with a newsroom key, 401 with a wrong token', async (method, path) => {
    const json = method === 'POST' && path === '/v1/newsrooms' ? { slug: 'never-made', name: 'Never' } : undefined;
    expect((await send(path, { method, json, key: null })).status).toBe(401);
    expect((await send(path, { method, json, key })).status).toBe(403);
    expect((await send(path, { method, json, key: `${env.ADMIN_TOKEN}x` })).status).toBe(401);
  });

  it('refuse an administrator token shorter than 16 characters, even when it matches', async () => {
    const { request } = await import('../../test/request.ts');
    const short = 'short-token';
    const res = await request('/v1/audit', { headers: { Authorization: `Bearer ${short}`, 'CF-Connecting-IP': clientAddress() } }, { ADMIN_TOKEN: short });
    expect(res.status).toBe(401);
  });
});

describe('guessing keys', () => {
  it('is stopped after 10 failures a minute from one address: 429 with Retry-After, even for the right key', async () => {
    await sameMinuteFor(10);
    const ip = clientAddress();
    for (let i = 0; i < 10; i += 1) {
      expect((await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key: `ct_0123456789abcdef_${String(i).padStart(43, 'x')}`, ip })).status).toBe(401);
    }
    const blocked = await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key: 'ct_guess', ip });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(blocked.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect((await blocked.json<ErrorBody>()).error.code).toBe('rate_limited');
    // The right key from the blocked address is not even checked: a guesser cannot tell a hit.
    expect((await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key, ip })).status).toBe(429);
    // Other addresses are not affected.
    expect((await send('/v1/organizations/auth-town-elsewhere', { json: { name: 'x', kind: 'grassroots' }, key })).status).toBe(201);
  });

  it('counts an IPv6 client by its /64', async () => {
    await sameMinuteFor(10);
    const prefix = clientAddress().replace(/::1$/, '');
    for (let i = 0; i < 10; i += 1) await send(WRITE, { json: {}, key: 'ct_nope', ip: `${prefix}::${i + 2}` });
    expect((await send(WRITE, { json: {}, key: 'ct_nope', ip: `${prefix}:ffff:1:2:3` })).status).toBe(429);
  });
});

describe('the write limit per key', () => {
  it('answers 429 with Retry-After once the key has used up its writes for the minute', async () => {
    const busy = await newsroomWithKey('auth-busy');
    await sameMinuteFor(15);
    // Use up the binding's budget for the key directly (600 a minute, wrangler.jsonc), as a busy script would.
    await Promise.all(Array.from({ length: 600 }, () => env.WRITE_LIMITER.limit({ key: `key:${busy.id}` })));
    const res = await putOrganization(busy.key, 'auth-busy-town');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('60');
    expect((await res.json<ErrorBody>()).error.message).toMatch(/Too many writes/);
    // Another newsroom's key is not held back.
    expect((await putOrganization(key, 'auth-not-busy-town')).status).toBe(201);
  });
});
