import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, clientAddress, heldClock, newsroomWithKey, putOrganization, send } from '../../test/write.ts';

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
    // The clock held 15 s into a minute: the window has 45 s left, however long the requests take.
    const bindings = { TEST_NOW: heldClock(15) };
    const ip = clientAddress();
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key: `ct_0123456789abcdef_${String(i).padStart(43, 'x')}`, ip, bindings })).status,
      ).toBe(401);
    }
    const blocked = await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key: 'ct_guess', ip, bindings });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('45');
    expect((await blocked.json<ErrorBody>()).error.code).toBe('rate_limited');
    // The right key from the blocked address is not even checked: a guesser cannot tell a hit.
    expect((await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key, ip, bindings })).status).toBe(429);
    // Other addresses are not affected.
    expect((await send('/v1/organizations/auth-town-elsewhere', { json: { name: 'x', kind: 'grassroots' }, key, bindings })).status).toBe(201);
  });

  it('lets the address try again once the minute is over', async () => {
    const minute = heldClock(0);
    const ip = clientAddress();
    for (let i = 0; i < 10; i += 1) await send(WRITE, { json: {}, key: 'ct_nope', ip, bindings: { TEST_NOW: minute + 59_000 } });
    expect((await send(WRITE, { json: {}, key: 'ct_nope', ip, bindings: { TEST_NOW: minute + 59_999 } })).status).toBe(429);
    const next = await send(WRITE, { json: { name: 'x', kind: 'grassroots' }, key, ip, bindings: { TEST_NOW: minute + 60_000 } });
    expect(next.status).toBe(201);
  });

  it('counts an IPv6 client by its /64', async () => {
    const bindings = { TEST_NOW: heldClock(15) };
    const prefix = clientAddress().replace(/::1$/, '');
    for (let i = 0; i < 10; i += 1) await send(WRITE, { json: {}, key: 'ct_nope', ip: `${prefix}::${i + 2}`, bindings });
    expect((await send(WRITE, { json: {}, key: 'ct_nope', ip: `${prefix}:ffff:1:2:3`, bindings })).status).toBe(429);
  });
});

describe('the write limit per key', () => {
  it('answers 429 with Retry-After once the key has used up its writes for the minute', async () => {
    const busy = await newsroomWithKey('auth-busy');
    // The binding's window is the wall clock's minute (in wrangler dev and the test pool alike), which a
    // slow run can cross between filling it and the write. So a stand-in with the same budget (600 a
    // minute, wrangler.jsonc) whose minute does not end while the test runs.
    const limiter = minuteThatDoesNotEnd(600);
    await Promise.all(Array.from({ length: 600 }, () => limiter.limit({ key: `key:${busy.id}` })));
    const res = await send('/v1/organizations/auth-busy-town', {
      key: busy.key,
      json: { name: 'Busy', kind: 'grassroots' },
      bindings: { WRITE_LIMITER: limiter },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('60');
    expect((await res.json<ErrorBody>()).error.message).toMatch(/Too many writes/);
    // Another newsroom's key is not held back.
    expect(
      (await send('/v1/organizations/auth-not-busy-town', { key, json: { name: 'Not busy', kind: 'grassroots' }, bindings: { WRITE_LIMITER: limiter } }))
        .status,
    ).toBe(201);
  });
});

/** A rate limiter like the WRITE_LIMITER binding, counting per key in one window that never ends. */
function minuteThatDoesNotEnd(limit: number): RateLimit {
  const counts = new Map<string, number>();
  return {
    limit: ({ key }) => {
      const used = counts.get(key) ?? 0;
      if (used >= limit) return Promise.resolve({ success: false });
      counts.set(key, used + 1);
      return Promise.resolve({ success: true });
    },
  };
}
