import { AdmissionHistorySchema, CellHistorySchema, OrganizationHistorySchema } from '@chitieu/domain';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from '../../test/write.ts';

const desk = await newsroomWithKey('hist-desk');
const other = await newsroomWithKey('hist-other');
const author = { actor: desk.id, label: 'Desk of hist-desk', newsroom: 'hist-desk' };

const admissionsHistory = async (org: string, period: string, key = desk.key) => {
  const res = await send(`/v1/organizations/${org}/admissions/${period}/revisions`, { key });
  expect(res.status).toBe(200);
  return AdmissionHistorySchema.parse(await res.json());
};

describe('GET …/admissions/{period}/revisions', () => {
  it('lists every revision newest first, with who wrote it, when, and the figures as they stood', async () => {
    await putOrganization(desk.key, 'hist-town');
    const path = '/v1/organizations/hist-town/admissions/2025';
    expect((await send(path, { key: desk.key, json: admissionBody({ admitted: 10 }) })).status).toBe(201);
    expect((await send(path, { key: desk.key, json: admissionBody({ admitted: 12, target: { min: 20, max: 25 } }) })).status).toBe(200);
    expect((await send(path, { key: desk.key, method: 'DELETE' })).status).toBe(200);

    const { organization, period, revisions } = await admissionsHistory('hist-town', '2025');
    expect([organization, period]).toEqual(['hist-town', '2025']);
    expect(revisions.map((r) => [r.revision, r.deleted, r.record.admitted, r.record.target])).toEqual([
      [3, true, 12, { min: 20, max: 25 }],
      [2, false, 12, { min: 20, max: 25 }],
      [1, false, 10, { min: 20, max: 20 }],
    ]);
    for (const revision of revisions) expect(revision.by).toEqual(author);
    expect(revisions[2]?.record).toEqual({ ...admissionBody({ admitted: 10 }), breakdown: {}, termToDate: null, totalMembers: null });
    expect(Date.parse(revisions[0]?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(revisions[2]?.updatedAt ?? ''));
  });

  it('restores an old revision with a PUT of its record and If-Match of the newest: a new revision, the same figures', async () => {
    await putOrganization(desk.key, 'hist-restore');
    const path = '/v1/organizations/hist-restore/admissions/2024';
    await send(path, { key: desk.key, json: admissionBody({ admitted: 7, asOf: '2024-12-31' }) });
    await send(path, { key: desk.key, json: admissionBody({ admitted: 8, asOf: '2024-12-31' }) });
    const before = await admissionsHistory('hist-restore', '2024');
    const oldest = before.revisions.at(-1);
    expect(oldest?.revision).toBe(1);

    const stale = await send(path, { key: desk.key, json: oldest?.record, headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(412);
    const restored = await send(path, { key: desk.key, json: oldest?.record, headers: { 'If-Match': `"${before.revisions[0]?.revision}"` } });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ admitted: 7, revision: 3 });
    const after = await admissionsHistory('hist-restore', '2024');
    expect(after.revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(after.revisions[0]?.record).toEqual(oldest?.record);
  });

  it('names no author for figures loaded with the database (the seed)', async () => {
    const issued = await admin('/v1/newsrooms/bao-lao-cai/keys', { method: 'POST', json: { label: 'Hist reader' } });
    const { key, id } = await issued.json<{ key: string; id: string }>();
    const { revisions } = await admissionsHistory('muong-khuong', '2024', key);
    expect(revisions.at(-1)).toMatchObject({ revision: 1, by: null, deleted: false, record: { admitted: 53, target: { min: 20, max: 20 } } });
    await admin(`/v1/newsrooms/bao-lao-cai/keys/${id}`, { method: 'DELETE' });
  });

  it('is the maintaining newsroom’s only: 401 without a key, 403 for another newsroom, 404 without a record', async () => {
    const path = '/v1/organizations/hist-town/admissions/2025/revisions';
    expect((await send(path, { key: null })).status).toBe(401);
    expect((await send(path, { key: other.key })).status).toBe(403);
    const missing = await send('/v1/organizations/hist-town/admissions/2019/revisions', { key: desk.key });
    expect(missing.status).toBe(404);
    expect((await missing.json<ErrorBody>()).error.code).toBe('not_found');
    expect((await send('/v1/organizations/hist-nowhere/admissions/2025/revisions', { key: desk.key })).status).toBe(404);
  });

  it('answers 400 naming the path parameter for a malformed period', async () => {
    const res = await send('/v1/organizations/hist-town/admissions/2025-2020/revisions', { key: desk.key });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['path', 'period']);
  });

  it('is never kept by the edge cache: the next read without a key is refused, and a write shows at once', async () => {
    await putOrganization(desk.key, 'hist-cache');
    const worker = (path: string, key?: string) =>
      exports.default.fetch(`https://api.chitieu.test${path}`, key ? { headers: { Authorization: `Bearer ${key}` } } : {});
    const write = (admitted: number) =>
      exports.default.fetch('https://api.chitieu.test/v1/organizations/hist-cache/admissions/2025', {
        method: 'PUT',
        body: JSON.stringify(admissionBody({ admitted })),
        headers: { Authorization: `Bearer ${desk.key}`, 'Content-Type': 'application/json' },
      });
    const path = '/v1/organizations/hist-cache/admissions/2025/revisions';
    expect((await write(1)).status).toBe(201);
    const first = await worker(path, desk.key);
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    await first.arrayBuffer();
    expect((await worker(path)).status).toBe(401);
    expect((await write(2)).status).toBe(200);
    const again = AdmissionHistorySchema.parse(await (await worker(path, desk.key)).json());
    expect(again.revisions.map((r) => r.record.admitted)).toEqual([2, 1]);
  });
});

describe('GET …/cells/revisions', () => {
  it('lists every census revision newest first, with who wrote it and the cells as they stood', async () => {
    await putOrganization(desk.key, 'hist-cells');
    const cell = (slug: string) => `/v1/organizations/hist-cells/cells/${slug}`;
    expect((await send(cell('na-day'), { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] } })).status).toBe(
      201,
    );
    expect((await send(cell('sa-ho'), { key: desk.key, json: cellBody({ name: 'Sả Hồ', committee: 'none' }) })).status).toBe(201);
    expect((await send(cell('na-day'), { key: desk.key, method: 'DELETE' })).status).toBe(200);

    const res = await send('/v1/organizations/hist-cells/cells/revisions', { key: desk.key });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const { organization, revisions } = CellHistorySchema.parse(await res.json());
    expect(organization).toBe('hist-cells');
    expect(revisions.map((r) => [r.revision, r.asOf, r.term, r.cells.map((c) => [c.slug, c.committee])])).toEqual([
      [3, '2024-12-31', '2020-2025', [['sa-ho', 'none']]],
      [
        2,
        '2024-12-31',
        '2020-2025',
        [
          ['na-day', 'formed'],
          ['sa-ho', 'none'],
        ],
      ],
      [1, '2024-12-31', '2020-2025', [['na-day', 'formed']]],
    ]);
    for (const revision of revisions) expect(revision.by).toEqual(author);
    expect(revisions[0]?.sources).toEqual([SOURCE_JSON]);
  });

  it('is empty for an organisation without cells, and refused to another newsroom', async () => {
    await putOrganization(desk.key, 'hist-no-cells');
    const res = await send('/v1/organizations/hist-no-cells/cells/revisions', { key: desk.key });
    expect(CellHistorySchema.parse(await res.json()).revisions).toEqual([]);
    expect((await send('/v1/organizations/hist-no-cells/cells/revisions', { key: other.key })).status).toBe(403);
  });
});

describe('GET /v1/organizations/{org}/revisions', () => {
  it('lists every revision newest first, with who wrote it and the body that writes it again', async () => {
    await putOrganization(desk.key, 'hist-org-next', { validFrom: '2025-07-01' });
    await putOrganization(desk.key, 'hist-org', { name: 'Đảng bộ xã Cũ' });
    await putOrganization(desk.key, 'hist-org', { name: 'Đảng bộ xã Cũ', validTo: '2025-06-30', successors: ['hist-org-next'] });
    const res = await send('/v1/organizations/hist-org/revisions', { key: desk.key });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const { organization, revisions } = OrganizationHistorySchema.parse(await res.json());
    expect(organization).toBe('hist-org');
    expect(revisions.map((r) => [r.revision, r.record])).toEqual([
      [2, { name: 'Đảng bộ xã Cũ', kind: 'grassroots', parent: null, validFrom: null, validTo: '2025-06-30', successors: ['hist-org-next'] }],
      [1, { name: 'Đảng bộ xã Cũ', kind: 'grassroots', parent: null, validFrom: null, validTo: null, successors: [] }],
    ]);
    for (const revision of revisions) expect(revision.by).toEqual(author);

    const restored = await send('/v1/organizations/hist-org', { key: desk.key, json: revisions[1]?.record, headers: { 'If-Match': '"2"' } });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ revision: 3, validTo: null, successors: [] });
  });

  it('keeps the successors of a superseded revision', async () => {
    await putOrganization(desk.key, 'hist-org-succ', { validTo: '2025-06-30', successors: ['hist-org-next'] });
    await putOrganization(desk.key, 'hist-org-succ', { name: 'Đổi tên', validTo: '2025-06-30', successors: ['hist-org-next'] });
    const { revisions } = OrganizationHistorySchema.parse(await (await send('/v1/organizations/hist-org-succ/revisions', { key: desk.key })).json());
    expect(revisions.map((r) => r.record.successors)).toEqual([['hist-org-next'], ['hist-org-next']]);
  });

  it('is refused to another newsroom (403) and to nobody (401); 404 for no organisation', async () => {
    expect((await send('/v1/organizations/hist-org/revisions', { key: other.key })).status).toBe(403);
    expect((await send('/v1/organizations/hist-org/revisions', { key: null })).status).toBe(401);
    expect((await send('/v1/organizations/hist-org-none/revisions', { key: desk.key })).status).toBe(404);
  });
});
