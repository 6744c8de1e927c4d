import { SessionSchema } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../auth/api-key.ts';
import { request, type ErrorBody } from '../../test/request.ts';
import { admin, clientAddress, heldClock, newsroomWithKey } from '../../test/write.ts';

const API = 'https://api.chitieu.test';
const desk = await newsroomWithKey('session-desk');

afterEach(() => {
  vi.restoreAllMocks();
});

type Init = { method?: string; json?: unknown; cookie?: string; headers?: Record<string, string>; base?: string; ip?: string; now?: number };

/** A request as the desk's page sends it (its own Origin, the desk header), overridable per test. */
function deskRequest(path: string, init: Init = {}): Promise<Response> {
  const base = init.base ?? API;
  const headers: Record<string, string> = {
    Origin: base,
    'X-Chitieu-Desk': '1',
    'CF-Connecting-IP': init.ip ?? clientAddress(),
    ...(init.cookie ? { Cookie: init.cookie } : {}),
    ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...init.headers,
  };
  for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
  return request(
    `${base}${path}`,
    { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) },
    init.now === undefined ? {} : { TEST_NOW: init.now },
  );
}

const signIn = (key: string, init: Init = {}) => deskRequest('/v1/sessions', { method: 'POST', json: { key }, ...init });

/** The `name=value` of the response's session cookie. */
function cookieOf(res: Response): string {
  const header = res.headers.get('Set-Cookie') ?? '';
  const pair = header.split(';')[0] ?? '';
  expect(pair).toMatch(/^(__Host-)?chitieu_session=[A-Za-z0-9_-]{43}$/);
  return pair;
}

async function signedIn(key = desk.key, init: Init = {}): Promise<string> {
  const res = await signIn(key, init);
  expect(res.status).toBe(201);
  return cookieOf(res);
}

const organization = (name: string) => ({ name, kind: 'grassroots' });

describe('POST /v1/sessions', () => {
  it('exchanges a key for an HttpOnly, SameSite=Strict, Secure __Host- cookie, and says who is signed in without the key', async () => {
    const now = Date.now();
    const res = await signIn(desk.key, { now });
    expect(res.status).toBe(201);
    const attributes = (res.headers.get('Set-Cookie') ?? '').split(';').map((a) => a.trim());
    expect(attributes[0]).toMatch(/^__Host-chitieu_session=/);
    expect(attributes.slice(1)).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure', 'Max-Age=43200']));
    expect(attributes.some((a) => a.startsWith('Domain'))).toBe(false);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const text = await res.text();
    expect(text).not.toContain(desk.key.slice(20));
    const session = SessionSchema.parse(JSON.parse(text));
    expect(session).toMatchObject({ newsroom: { slug: 'session-desk', name: 'Báo session-desk' }, key: { id: desk.id, label: 'Desk of session-desk' } });
    expect(session.createdAt).toBe(new Date(now).toISOString());
    expect(session.expiresAt).toBe(new Date(now + 12 * 60 * 60 * 1000).toISOString());
  });

  it('leaves Secure off on 127.0.0.1, where `npm start` serves plain HTTP', async () => {
    const res = await signIn(desk.key, { base: 'http://127.0.0.1:8787' });
    expect(res.status).toBe(201);
    const attributes = (res.headers.get('Set-Cookie') ?? '').split(';').map((a) => a.trim());
    expect(attributes[0]).toMatch(/^chitieu_session=/);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(attributes).not.toContain('Secure');
  });

  it('stores the session token only as its SHA-256', async () => {
    const token = (await signedIn()).split('=')[1] ?? '';
    const hash = await sha256Hex(token);
    const row = await env.DB.prepare('SELECT key_id FROM sessions WHERE token_hash = ?1').bind(hash).first<{ key_id: string }>();
    expect(row).toEqual({ key_id: desk.id });
    const { results } = await env.DB.prepare('SELECT * FROM sessions').all<Record<string, unknown>>();
    expect(JSON.stringify(results)).not.toContain(token);
  });

  it('refuses a wrong key with 401, and counts failed sign-ins toward the address’s limit', async () => {
    // The failed-key limit counts per clock minute: hold the clock inside one so the test never straddles two.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(heldClock(10));
    try {
      const ip = clientAddress();
      for (let i = 0; i < 10; i += 1) {
        const res = await signIn(`ct_0123456789abcdef_${String(i).padStart(43, 'x')}`, { ip });
        expect(res.status).toBe(401);
        expect(res.headers.get('Set-Cookie')).toBeNull();
      }
      const blocked = await signIn(desk.key, { ip });
      expect(blocked.status).toBe(429);
      expect((await blocked.json<ErrorBody>()).error.code).toBe('rate_limited');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses the administrator token: the desk signs in with a newsroom key', async () => {
    const res = await signIn(env.ADMIN_TOKEN);
    expect(res.status).toBe(403);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it.each([
    ['without the desk header', { headers: { 'X-Chitieu-Desk': '' } }],
    ['from another origin', { headers: { Origin: 'https://evil.example' } }],
    ['without an Origin', { headers: { Origin: '' } }],
  ])('refuses a sign-in %s with 403', async (_, init) => {
    const res = await signIn(desk.key, init);
    expect(res.status).toBe(403);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('answers 400 naming the key for a body without one', async () => {
    const res = await deskRequest('/v1/sessions', { method: 'POST', json: { secret: desk.key } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.map((i) => i.path)).toContainEqual(['body', 'key']);
  });
});

describe('GET /v1/sessions/current', () => {
  it('tells the desk who is signed in', async () => {
    const cookie = await signedIn();
    const res = await deskRequest('/v1/sessions/current', { cookie });
    expect(res.status).toBe(200);
    expect(SessionSchema.parse(await res.json())).toMatchObject({ newsroom: { slug: 'session-desk' }, key: { id: desk.id, label: 'Desk of session-desk' } });
  });

  it('answers 401 without a session', async () => {
    expect((await deskRequest('/v1/sessions/current')).status).toBe(401);
    expect((await deskRequest('/v1/sessions/current', { cookie: `__Host-chitieu_session=${'A'.repeat(43)}` })).status).toBe(401);
  });
});

describe('writing with a session', () => {
  it('works like the key, and the audit log names the key’s label', async () => {
    const cookie = await signedIn();
    const res = await deskRequest('/v1/organizations/session-town', { method: 'PUT', cookie, json: organization('Đảng bộ phiên') });
    expect(res.status).toBe(201);
    const { entries } = await (await admin('/v1/audit?organization=session-town')).json<{ entries: { actor: string; label: string | null }[] }>();
    expect(entries).toEqual([expect.objectContaining({ actor: desk.id, label: 'Desk of session-desk' })]);
  });

  it.each([
    ['a cross-site POST', 'POST', '/v1/organizations/session-town/import', { Origin: 'https://evil.example' }],
    ['a cross-site PUT', 'PUT', '/v1/organizations/session-cross', { Origin: 'https://evil.example' }],
    ['a PUT Sec-Fetch-Site calls cross-site', 'PUT', '/v1/organizations/session-cross', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a PUT without the desk header', 'PUT', '/v1/organizations/session-cross', { 'X-Chitieu-Desk': '' }],
    ['a PUT with another value of the desk header', 'PUT', '/v1/organizations/session-cross', { 'X-Chitieu-Desk': 'yes' }],
    ['a PUT without Origin', 'PUT', '/v1/organizations/session-cross', { Origin: '' }],
  ])('refuses %s carrying the cookie with 403, and writes nothing', async (_, method, path, headers) => {
    const cookie = await signedIn();
    const json = method === 'PUT' ? organization('Không được ghi') : undefined;
    const res = await deskRequest(path, {
      method,
      cookie,
      headers,
      json,
      ...(method === 'POST' ? { headers: { ...headers, 'Content-Type': 'text/csv' } } : {}),
    });
    expect(res.status).toBe(403);
    expect((await res.json<ErrorBody>()).error.code).toBe('forbidden');
    expect((await request('/v1/organizations/session-cross')).status).toBe(404);
  });

  it('stops working, with 401, once its key is revoked', async () => {
    const spare = await newsroomWithKey('session-revoked');
    const cookie = await signedIn(spare.key);
    expect((await deskRequest('/v1/organizations/session-revoked-town', { method: 'PUT', cookie, json: organization('Trước') })).status).toBe(201);
    expect((await admin(`/v1/newsrooms/${spare.newsroom}/keys/${spare.id}`, { method: 'DELETE' })).status).toBe(200);
    const write = await deskRequest('/v1/organizations/session-revoked-town', { method: 'PUT', cookie, json: organization('Sau') });
    expect(write.status).toBe(401);
    expect(write.headers.get('Set-Cookie')).toMatch(/Max-Age=0/);
    expect((await deskRequest('/v1/sessions/current', { cookie })).status).toBe(401);
  });

  it('lets a bearer key through unchanged when the request also carries a dead cookie', async () => {
    const res = await deskRequest('/v1/organizations/session-bearer', {
      method: 'PUT',
      cookie: `__Host-chitieu_session=${'A'.repeat(43)}`,
      headers: { Authorization: `Bearer ${desk.key}`, Origin: '', 'X-Chitieu-Desk': '' },
      json: organization('Bằng khóa'),
    });
    expect(res.status).toBe(201);
  });
});

describe('session expiry', () => {
  it('ends a session 12 hours after its last use, each use moving that on (fake clock)', async () => {
    const start = Date.now();
    const cookie = await signedIn(desk.key, { now: start });
    const hours = (h: number) => h * 60 * 60 * 1000;

    expect((await deskRequest('/v1/sessions/current', { cookie, now: start + hours(11.9) })).status).toBe(200);
    const current = await deskRequest('/v1/sessions/current', { cookie, now: start + hours(23.8) });
    expect(current.status).toBe(200);
    expect(Date.parse(SessionSchema.parse(await current.json()).expiresAt)).toBe(start + hours(35.8));

    const expired = await deskRequest('/v1/sessions/current', { cookie, now: start + hours(23.8) + hours(12) + 1 });
    expect(expired.status).toBe(401);
    expect((await expired.json<ErrorBody>()).error.message).toMatch(/ended/);
    // Going back in time does not revive it: nothing moved its last use.
    expect((await deskRequest('/v1/sessions/current', { cookie, now: start + hours(23.8) + hours(12) })).status).toBe(200);
  });
});

describe('DELETE /v1/sessions/current', () => {
  it('signs out: the cookie is cleared and the session stops working', async () => {
    const cookie = await signedIn();
    const res = await deskRequest('/v1/sessions/current', { method: 'DELETE', cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-chitieu_session=;.*Max-Age=0/);
    expect((await deskRequest('/v1/sessions/current', { cookie })).status).toBe(401);
    const token = cookie.split('=')[1] ?? '';
    expect(
      await env.DB.prepare('SELECT 1 FROM sessions WHERE token_hash = ?1')
        .bind(await sha256Hex(token))
        .first(),
    ).toBeNull();
  });

  it('refuses a cross-site sign-out with 403', async () => {
    const cookie = await signedIn();
    expect((await deskRequest('/v1/sessions/current', { method: 'DELETE', cookie, headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await deskRequest('/v1/sessions/current', { cookie })).status).toBe(200);
  });
});
