import { SEED } from '@chitieu/domain/seed';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { findOrganization, listOrganizations } from './organizations.ts';

describe('listOrganizations', () => {
  it('lists organisations by slug, parents named by slug', async () => {
    const organizations = await listOrganizations(env.DB);
    const slugs = organizations.map((o) => o.slug);
    expect(slugs).toEqual([...slugs].sort());
    const seeded = organizations.filter((o) => SEED.organizations.some((s) => s.slug === o.slug));
    expect(seeded.map((o) => [o.slug, o.parent])).toEqual([
      ['huyen-muong-khuong', 'lao-cai'],
      ['lao-cai', null],
      ['muong-khuong', 'huyen-muong-khuong'],
    ]);
  });
});

describe('findOrganization', () => {
  it('maps a row to the domain OrganizationRecord, with its newsroom and revision, also through a D1 session', async () => {
    const expected = {
      slug: 'muong-khuong',
      name: 'Đảng bộ thị trấn Mường Khương',
      kind: 'grassroots',
      parent: 'huyen-muong-khuong',
      validFrom: null,
      validTo: '2025-06-30',
      successors: [],
      newsroom: 'bao-lao-cai',
      revision: 1,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    };
    expect((await findOrganization(env.DB, 'muong-khuong'))?.record).toEqual(expected);
    expect(await findOrganization(env.DB.withSession('first-unconstrained'), 'muong-khuong')).toMatchObject({
      record: expected,
      newsroomId: 1,
      successorRefs: [],
    });
  });

  it('gives null for an unknown slug', async () => {
    expect(await findOrganization(env.DB, 'ha-noi')).toBeNull();
  });
});
