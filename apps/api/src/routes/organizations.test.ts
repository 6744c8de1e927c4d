import { OrganizationRecordSchema } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';

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
    expect((await res.json<ErrorBody>()).error.issues).toEqual([
      expect.objectContaining({ path: ['query'], code: 'unrecognized_keys' }),
    ]);
  });
});
