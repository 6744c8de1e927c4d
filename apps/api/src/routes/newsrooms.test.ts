import { ApiKeySchema, IssuedApiKeySchema, NewsroomSchema } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, putOrganization } from '../../test/write.ts';

describe('POST /v1/newsrooms', () => {
  it('creates a newsroom for the administrator, never cached', async () => {
    const res = await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'nr-created', name: ' Báo và Phát thanh, Truyền hình Lào Cai ' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/v1/newsrooms/nr-created');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(NewsroomSchema.parse(await res.json())).toMatchObject({ slug: 'nr-created', name: 'Báo và Phát thanh, Truyền hình Lào Cai' });
  });

  it('answers 409 for a slug that is taken, the seed’s newsroom included', async () => {
    const res = await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'bao-lao-cai', name: 'Again' } });
    expect(res.status).toBe(409);
    expect((await res.json<ErrorBody>()).error.code).toBe('conflict');
  });

  it.each([
    [{ slug: 'Báo', name: 'x' }, ['body', 'slug']],
    [{ slug: 'nr-x' }, ['body', 'name']],
    [{ slug: 'nr-x', name: 'x', id: 3 }, ['body']],
  ])('answers 400 with issues for %j', async (json, path) => {
    const res = await admin('/v1/newsrooms', { method: 'POST', json });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(path);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await admin('/v1/newsrooms', { method: 'POST', body: 'slug=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
  });
});

describe('keys of a newsroom', () => {
  it('are issued once in full, listed by id only, and revoked', async () => {
    await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'nr-keys', name: 'Báo khóa' } });
    const issued = await admin('/v1/newsrooms/nr-keys/keys', { method: 'POST', json: { label: 'Phòng dữ liệu — Lan'.normalize('NFD') } });
    expect(issued.status).toBe(201);
    const { id, key, newsroom, label } = IssuedApiKeySchema.parse(await issued.json());
    expect(newsroom).toBe('nr-keys');
    expect(label).toBe('Phòng dữ liệu — Lan');
    expect(key).toMatch(new RegExp(`^ct_${id}_[A-Za-z0-9_-]{43}$`));

    const listed = await admin('/v1/newsrooms/nr-keys/keys');
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(key.slice(20));
    const { keys } = JSON.parse(text) as { keys: unknown[] };
    expect(keys.map((k) => ApiKeySchema.parse(k))).toEqual([
      { id, newsroom: 'nr-keys', label: 'Phòng dữ liệu — Lan', createdAt: expect.any(String), revokedAt: null },
    ]);

    const stored = await env.DB.prepare('SELECT key_hash FROM api_keys WHERE id = ?1').bind(id).first<string>('key_hash');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(key.slice(20));

    expect((await putOrganization(key, 'nr-keys-town')).status).toBe(201);
    const revoked = await admin(`/v1/newsrooms/nr-keys/keys/${id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    const { revokedAt } = ApiKeySchema.parse(await revoked.json());
    expect(revokedAt).not.toBeNull();
    const again = ApiKeySchema.parse(await (await admin(`/v1/newsrooms/nr-keys/keys/${id}`, { method: 'DELETE' })).json());
    expect(again.revokedAt).toBe(revokedAt);
    expect((await putOrganization(key, 'nr-keys-town', { name: 'After revocation' })).status).toBe(401);
  });

  it('answer 404 for a newsroom or key that does not exist', async () => {
    expect((await admin('/v1/newsrooms/nr-nowhere/keys', { method: 'POST', json: { label: 'Lan' } })).status).toBe(404);
    expect((await admin('/v1/newsrooms/nr-nowhere/keys')).status).toBe(404);
    expect((await admin('/v1/newsrooms/bao-lao-cai/keys/0123456789abcdef', { method: 'DELETE' })).status).toBe(404);
  });

  it('are revoked only through their own newsroom', async () => {
    await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'nr-other', name: 'Other' } });
    const { id } = IssuedApiKeySchema.parse(await (await admin('/v1/newsrooms/nr-other/keys', { method: 'POST', json: { label: 'Other desk' } })).json());
    expect((await admin(`/v1/newsrooms/bao-lao-cai/keys/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('are refused with 400 without a body: a key names who holds it', async () => {
    const res = await admin('/v1/newsrooms/bao-lao-cai/keys', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
  });

  it.each([
    ['no label', {}, ['body', 'label']],
    ['a blank label', { label: '  ' }, ['body', 'label']],
    ['a label of 101 letters', { label: 'ạ'.repeat(101) }, ['body', 'label']],
    ['a label with a right-to-left override', { label: 'Lan\u202Enimda' }, ['body', 'label']],
    ['a label with a newline', { label: 'Lan\nAdmin' }, ['body', 'label']],
  ])('are refused with 400 naming the label for %s', async (_, json, path) => {
    const res = await admin('/v1/newsrooms/bao-lao-cai/keys', { method: 'POST', json });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(path);
  });

  it('accept a label of 100 letters typed decomposed (NFC before the length check)', async () => {
    const res = await admin('/v1/newsrooms/bao-lao-cai/keys', { method: 'POST', json: { label: 'ạ'.repeat(100).normalize('NFD') } });
    expect(res.status).toBe(201);
    const { id, label } = IssuedApiKeySchema.parse(await res.json());
    expect(label).toBe('ạ'.repeat(100));
    expect((await admin(`/v1/newsrooms/bao-lao-cai/keys/${id}`, { method: 'DELETE' })).status).toBe(200);
  });

  it('answer 400 for a malformed key id', async () => {
    const res = await admin('/v1/newsrooms/bao-lao-cai/keys/not-a-key', { method: 'DELETE' });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['path', 'id']);
  });
});
