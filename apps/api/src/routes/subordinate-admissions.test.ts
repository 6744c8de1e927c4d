// The ranking read of a parent's subordinates, written through the real write path and read through the
// deployed Worker's fetch (edge cache and read generations included), on the real D1 with its migrations.
import { SubordinateAdmissionsResponseSchema } from '@chitieu/domain';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admissionBody, clientAddress, newsroomWithKey, putOrganization, send } from '../../test/write.ts';

const desk = await newsroomWithKey('rk-desk');
const fetchApi = (path: string) => exports.default.fetch(`https://api.chitieu.test${path}`);
const write = (path: string, json: unknown) => send(path, { key: desk.key, json, ip: clientAddress() });
const ranking = async (path: string) => {
  const res = await fetchApi(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return SubordinateAdmissionsResponseSchema.parse(await res.json());
};
const single = (n: number) => ({ min: n, max: n });

// An illustrative province (our own slugs and figures, no source's): four districts valid in 2024, one
// merged mid-year, one closed before 2024, one created after it, and a district of another province.
await putOrganization(desk.key, 'rk-tinh', { name: 'Đảng bộ tỉnh Minh Họa', kind: 'provincial' });
await putOrganization(desk.key, 'rk-tinh-khac', { name: 'Đảng bộ tỉnh Khác', kind: 'provincial' });
await putOrganization(desk.key, 'rk-moi', { name: 'Đảng bộ huyện Mới', kind: 'district', parent: 'rk-tinh', validFrom: '2024-07-01' });
for (const [slug, name] of [
  ['rk-bac', 'Đảng bộ huyện Bắc'],
  ['rk-dong', 'Đảng bộ huyện Đông'],
  ['rk-cong-an', 'Đảng bộ Công an tỉnh'],
] as const) {
  await putOrganization(desk.key, slug, { name, kind: 'district', parent: 'rk-tinh' });
}
await putOrganization(desk.key, 'rk-nam', { name: 'Đảng bộ huyện Nam', kind: 'district', parent: 'rk-tinh', validTo: '2024-06-30', successors: ['rk-moi'] });
await putOrganization(desk.key, 'rk-cu', { name: 'Đảng bộ huyện Cũ', kind: 'district', parent: 'rk-tinh', validTo: '2023-12-31' });
await putOrganization(desk.key, 'rk-sau', { name: 'Đảng bộ huyện Sau', kind: 'district', parent: 'rk-tinh', validFrom: '2025-01-01' });
await putOrganization(desk.key, 'rk-ngoai', { name: 'Đảng bộ huyện Ngoài', kind: 'district', parent: 'rk-tinh-khac' });
for (const [slug, period, admitted, target, asOf] of [
  ['rk-bac', '2024', 120, single(100), '2024-12-31'],
  ['rk-dong', '2024', 80, { min: 90, max: 100 }, '2024-12-31'],
  ['rk-nam', '2024', 30, single(25), '2024-06-30'],
  ['rk-cu', '2023', 99, single(99), '2023-12-31'],
  ['rk-ngoai', '2024', 7, single(7), '2024-12-31'],
] as const) {
  const res = await write(`/v1/organizations/${slug}/admissions/${period}`, admissionBody({ admitted, target, asOf }));
  if (res.status !== 201) throw new Error(`${slug}: ${res.status} ${await res.text()}`);
}
await write('/v1/organizations/rk-tinh/admissions/2024', admissionBody({ admitted: 240, target: single(230), asOf: '2024-12-31' }));

const PATH = '/v1/organizations/rk-tinh/subordinates/admissions/2024';

describe('GET /v1/organizations/{org}/subordinates/admissions/{period}', () => {
  it('lists the subordinates that existed during the period, by name, each with its admissions or null for none (never zero)', async () => {
    const body = await ranking(PATH);
    expect(body.organization).toEqual({ slug: 'rk-tinh', name: 'Đảng bộ tỉnh Minh Họa' });
    expect(body.subordinates.map((row) => [row.organization.slug, row.admissions?.admitted ?? null])).toEqual([
      ['rk-cong-an', null],
      ['rk-bac', 120],
      ['rk-dong', 80],
      ['rk-moi', null],
      ['rk-nam', 30],
    ]);
    const dong = body.subordinates.find((row) => row.organization.slug === 'rk-dong')!;
    expect(dong.admissions).toMatchObject({ target: { min: 90, max: 100 }, progress: { status: 'below', delta: -10 } });
  });

  it('gives the parent’s own record as the total, and states the difference from the subordinates’ sum instead of reconciling it', async () => {
    const body = await ranking(PATH);
    expect(body.total).toMatchObject({ admitted: 240, target: single(230) });
    expect(body.sum).toEqual({ admitted: 230, target: { min: 215, max: 225 }, reporting: 3, count: 5 });
    expect(body.difference).toEqual({ admitted: 10, target: { min: 15, max: 5 } });
    expect(body.asOf).toBeNull();
  });

  it('says a subordinate merged during the period closed, and names its successor', async () => {
    const nam = (await ranking(PATH)).subordinates.find((row) => row.organization.slug === 'rk-nam')!;
    expect(nam.succeededBy).toEqual({ validTo: '2024-06-30', successors: [{ slug: 'rk-moi', name: 'Đảng bộ huyện Mới' }] });
    expect(nam.admissions?.succeededBy).toEqual(nam.succeededBy);
  });

  it('is a cacheable public read', async () => {
    const res = await fetchApi(PATH);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('ETag')).toMatch(/^"/);
  });

  it('answers an organisation without subordinates with an empty list and no sum', async () => {
    const body = await ranking('/v1/organizations/rk-bac/subordinates/admissions/2024');
    expect(body.subordinates).toEqual([]);
    expect(body.sum).toEqual({ admitted: null, target: null, reporting: 0, count: 0 });
    expect(body.total).toMatchObject({ admitted: 120 });
  });

  it('refuses what it cannot answer: an unknown organisation (404), a bad period, a revision pin, an unknown parameter (400)', async () => {
    const unknown = await fetchApi('/v1/organizations/rk-khong-co/subordinates/admissions/2024');
    expect(unknown.status).toBe(404);
    expect((await unknown.json<ErrorBody>()).error.message).toContain('rk-khong-co');
    for (const [path, field] of [
      [`/v1/organizations/rk-tinh/subordinates/admissions/2024-2020`, 'period'],
      [`${PATH}?revision=1`, 'revision'],
      [`${PATH}?asOf=2024-02-30`, 'asOf'],
      [`${PATH}?sort=name`, 'sort'],
    ] as const) {
      const res = await fetchApi(path);
      expect(res.status, path).toBe(400);
      expect(JSON.stringify((await res.json<ErrorBody>()).error), path).toContain(field);
    }
  });
});

describe('the ranking after writes', () => {
  it('answers a subordinate’s new figures at once: a write to a subordinate retires the parent’s cached ranking', async () => {
    expect((await ranking(PATH)).subordinates.find((row) => row.organization.slug === 'rk-cong-an')?.admissions).toBeNull();
    const res = await write('/v1/organizations/rk-cong-an/admissions/2024', admissionBody({ admitted: 12, target: single(10), asOf: '2025-01-10' }));
    expect(res.status).toBe(201);
    const after = await ranking(PATH);
    expect(after.subordinates.find((row) => row.organization.slug === 'rk-cong-an')?.admissions).toMatchObject({ admitted: 12 });
    expect(after.sum).toMatchObject({ admitted: 242, reporting: 4 });
  });

  it('keeps the figures of a pinned day (?asOf=): a later revision does not change it', async () => {
    const pinned = `${PATH}?asOf=2024-12-31`;
    expect((await ranking(pinned)).subordinates.find((row) => row.organization.slug === 'rk-bac')?.admissions?.admitted).toBe(120);
    await write('/v1/organizations/rk-bac/admissions/2024', admissionBody({ admitted: 125, target: single(100), asOf: '2025-02-01' }));
    const body = await ranking(pinned);
    expect(body.asOf).toBe('2024-12-31');
    expect(body.subordinates.find((row) => row.organization.slug === 'rk-bac')?.admissions?.admitted).toBe(120);
    // Figures as of a day before they were stated are not there yet: "no figures", not zero.
    expect(body.subordinates.find((row) => row.organization.slug === 'rk-cong-an')?.admissions).toBeNull();
    expect((await ranking(PATH)).subordinates.find((row) => row.organization.slug === 'rk-bac')?.admissions?.admitted).toBe(125);
  });

  it('follows a subordinate moved to another parent', async () => {
    await putOrganization(desk.key, 'rk-ngoai', { name: 'Đảng bộ huyện Ngoài', kind: 'district', parent: 'rk-tinh' });
    expect((await ranking(PATH)).subordinates.map((row) => row.organization.slug)).toContain('rk-ngoai');
    expect((await ranking('/v1/organizations/rk-tinh-khac/subordinates/admissions/2024')).subordinates).toEqual([]);
  });
});

describe('the ranking read in the API reference', () => {
  it('is documented in /v1/openapi.json (and so in /docs) under Embeds, with its asOf pin and its response schema', async () => {
    const doc = await (await fetchApi('/v1/openapi.json')).json<{
      paths: Record<string, { get?: { tags: string[]; parameters: { name: string; in: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    }>();
    const get = doc.paths['/v1/organizations/{org}/subordinates/admissions/{period}']?.get;
    expect(get?.tags).toEqual(['Embeds']);
    expect(get?.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:org', 'path:period', 'query:asOf']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['SubordinateAdmissionsResponse', 'SubordinateAdmissions', 'AdmissionSum']));
  });
});
