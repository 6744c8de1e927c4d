import { OrganizationRecordSchema } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';
import { newsroomWithKey, putOrganization, send } from '../../test/write.ts';
import { OrganizationWriteResponseSchema } from './write-responses.ts';

const desk = await newsroomWithKey('org-desk');
const other = await newsroomWithKey('org-other');

describe('GET /v1/organizations', () => {
  it('lists the organisations by slug, the seed’s among them, in the wire shape', async () => {
    const res = await request('/v1/organizations');
    expect(res.status).toBe(200);
    const { organizations } = await res.json<{ organizations: unknown[] }>();
    const slugs = organizations.map((o) => OrganizationRecordSchema.parse(o).slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(slugs).toEqual(expect.arrayContaining(['huyen-muong-khuong', 'lao-cai', 'muong-khuong']));
  });
});

describe('GET /v1/organizations/{org}', () => {
  it('answers the organisation with its parent and validity', async () => {
    const res = await request('/v1/organizations/muong-khuong');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      slug: 'muong-khuong',
      name: 'Đảng bộ thị trấn Mường Khương',
      kind: 'grassroots',
      parent: 'huyen-muong-khuong',
      validFrom: null,
      validTo: '2025-06-30',
      successors: [],
      newsroom: 'bao-lao-cai',
      revision: 1,
      updatedAt: expect.any(String),
    });
  });

  it('lists successors in the order they were recorded', async () => {
    await env.DB.batch([
      env.DB.prepare("INSERT INTO organizations (slug, name, kind, valid_to) VALUES ('merged-town', 'Merged town', 'grassroots', '2025-06-30')"),
      env.DB.prepare("INSERT INTO organizations (slug, name, kind, valid_from) VALUES ('commune-b', 'Commune B', 'grassroots', '2025-07-01')"),
      env.DB.prepare("INSERT INTO organizations (slug, name, kind, valid_from) VALUES ('commune-a', 'Commune A', 'grassroots', '2025-07-01')"),
      env.DB.prepare(`INSERT INTO organization_successors (organization_id, successor_id, position)
        SELECT o.id, s.id, CASE s.slug WHEN 'commune-b' THEN 0 ELSE 1 END FROM organizations o, organizations s
        WHERE o.slug = 'merged-town' AND s.slug IN ('commune-a', 'commune-b')`),
    ]);
    const res = await request('/v1/organizations/merged-town');
    expect(await res.json()).toMatchObject({ validTo: '2025-06-30', successors: ['commune-b', 'commune-a'] });
  });

  it('answers 404 for a slug that names nothing', async () => {
    const res = await request('/v1/organizations/ha-noi');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No organization named "ha-noi"' } });
  });

  it.each(['Muong-Khuong', 'mường-khương', 'muong--khuong', '-muong', 'a'.repeat(101)])('answers 400 with issues for the malformed slug %s', async (slug) => {
    const res = await request(`/v1/organizations/${encodeURIComponent(slug)}`);
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.[0]?.path).toEqual(['path', 'org']);
  });

  it('answers 400 for an unknown query parameter', async () => {
    const res = await request('/v1/organizations/muong-khuong?lang=vi');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues).toEqual([expect.objectContaining({ path: ['query'], code: 'unrecognized_keys' })]);
  });
});

describe('PUT /v1/organizations/{org}', () => {
  it('creates an organisation for the key’s newsroom, with revision 1', async () => {
    const res = await putOrganization(desk.key, 'org-new', { parent: 'lao-cai' });
    expect(res.status).toBe(201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(res.headers.get('Location')).toBe('/v1/organizations/org-new');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(OrganizationWriteResponseSchema.parse(await res.json())).toMatchObject({ slug: 'org-new', parent: 'lao-cai', newsroom: 'org-desk', revision: 1 });
  });

  it('changes it as its next revision, and changes nothing when sent the same again', async () => {
    await putOrganization(desk.key, 'org-renamed');
    const renamed = await putOrganization(desk.key, 'org-renamed', { name: 'Đảng bộ xã mới' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: 'Đảng bộ xã mới', revision: 2 });
    const same = await putOrganization(desk.key, 'org-renamed', { name: 'Đảng bộ xã mới' });
    expect(same.status).toBe(200);
    expect(same.headers.get('ETag')).toBe('"2"');
    const history = await env.DB.prepare(
      "SELECT revision, json_extract(record, '$.name') AS name FROM organization_revisions WHERE organization_id = (SELECT id FROM organizations WHERE slug = 'org-renamed')",
    ).all();
    expect(history.results).toEqual([{ revision: 1, name: 'Đảng bộ org-renamed' }]);
  });

  it('answers 403 to another newsroom’s key, for its organisations and for the seed’s, and changes nothing', async () => {
    await putOrganization(desk.key, 'org-owned');
    const res = await putOrganization(other.key, 'org-owned', { name: 'Taken over' });
    expect(res.status).toBe(403);
    expect((await res.json<ErrorBody>()).error.message).toBe('"org-owned" is maintained by the newsroom "org-desk"; this key belongs to "org-other".');
    expect((await putOrganization(other.key, 'muong-khuong', { name: 'x' })).status).toBe(403);
    expect((await request('/v1/organizations/org-owned').then((r) => r.json<{ name: string }>())).name).toBe('Đảng bộ org-owned');
  });

  it('closes an organisation on a day with its successors, in order', async () => {
    await putOrganization(desk.key, 'org-commune-b');
    await putOrganization(desk.key, 'org-commune-a');
    await putOrganization(desk.key, 'org-town');
    const res = await putOrganization(desk.key, 'org-town', { validTo: '2025-06-30', successors: ['org-commune-b', 'org-commune-a'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ validTo: '2025-06-30', successors: ['org-commune-b', 'org-commune-a'], revision: 2 });
    const reopened = await putOrganization(desk.key, 'org-town', { validTo: null, successors: [] });
    expect(await reopened.json()).toMatchObject({ validTo: null, successors: [], revision: 3 });
  });

  it.each([
    ['a parent that does not exist', { parent: 'org-nowhere' }, ['body', 'parent']],
    ['itself as parent', { parent: 'org-refs' }, ['body', 'parent']],
    ['a successor that does not exist', { validTo: '2025-06-30', successors: ['org-nowhere'] }, ['body', 'successors', 0]],
    ['itself as successor', { validTo: '2025-06-30', successors: ['org-refs'] }, ['body', 'successors', 0]],
  ])('answers 422 for %s', async (_, fields, path) => {
    await putOrganization(desk.key, 'org-refs');
    const res = await putOrganization(desk.key, 'org-refs', fields);
    expect(res.status).toBe(422);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(path);
  });

  it('answers 422 for a parent below the organisation itself', async () => {
    await putOrganization(desk.key, 'org-top');
    await putOrganization(desk.key, 'org-middle', { parent: 'org-top' });
    await putOrganization(desk.key, 'org-bottom', { parent: 'org-middle' });
    const res = await putOrganization(desk.key, 'org-top', { parent: 'org-bottom' });
    expect(res.status).toBe(422);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.message).toMatch(/cycle/);
  });

  it.each([
    ['an unknown field', { name: 'x', kind: 'grassroots', revision: 3 }, ['body']],
    ['the slug, which is the path', { slug: 'org-x', name: 'x', kind: 'grassroots' }, ['body']],
    ['an unknown kind', { name: 'x', kind: 'village' }, ['body', 'kind']],
    ['a blank name', { name: '  ', kind: 'grassroots' }, ['body', 'name']],
    ['successors without a last day', { name: 'x', kind: 'grassroots', successors: ['lao-cai'] }, ['body', 'validTo']],
    ['a validity that ends before it starts', { name: 'x', kind: 'grassroots', validFrom: '2025-07-01', validTo: '2025-06-30' }, ['body', 'validTo']],
    ['a name with an unpaired surrogate, which SQLite would not keep as sent', { name: 'Na \ud800', kind: 'grassroots' }, ['body', 'name']],
    ['a name with a NUL character', { name: 'Na\u0000', kind: 'grassroots' }, ['body', 'name']],
  ])('answers 400 with issues for %s', async (_, json, path) => {
    const res = await send('/v1/organizations/org-invalid', { key: desk.key, json });
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.[0]?.path).toEqual(path);
    expect((await request('/v1/organizations/org-invalid')).status).toBe(404);
  });

  it('honours If-Match and If-None-Match', async () => {
    await putOrganization(desk.key, 'org-conditional');
    const stale = await send('/v1/organizations/org-conditional', { key: desk.key, json: { name: 'B', kind: 'grassroots' }, headers: { 'If-Match': '"7"' } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe('"1"');
    const fresh = await send('/v1/organizations/org-conditional', { key: desk.key, json: { name: 'B', kind: 'grassroots' }, headers: { 'If-Match': '1' } });
    expect(fresh.status).toBe(200);
    const exists = await send('/v1/organizations/org-conditional', {
      key: desk.key,
      json: { name: 'C', kind: 'grassroots' },
      headers: { 'If-None-Match': '*' },
    });
    expect(exists.status).toBe(412);
    expect((await request('/v1/organizations/org-conditional').then((r) => r.json<{ name: string }>())).name).toBe('B');
  });
});
