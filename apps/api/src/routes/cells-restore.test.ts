import { CellHistorySchema, CellsResponseSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';
import { cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from '../../test/write.ts';
import { CellsWriteResponseSchema } from './write-responses.ts';

const desk = await newsroomWithKey('restore-desk');
const other = await newsroomWithKey('restore-other');

const putCell = (org: string, slug: string, json: unknown) => send(`/v1/organizations/${org}/cells/${slug}`, { key: desk.key, json });
const restore = (org: string, revision: number | string, ifMatch?: string, key = desk.key) =>
  send(`/v1/organizations/${org}/cells/revisions/${revision}/restore`, { key, method: 'POST', headers: ifMatch ? { 'If-Match': ifMatch } : {} });
const history = async (org: string) => CellHistorySchema.parse(await (await send(`/v1/organizations/${org}/cells/revisions`, { key: desk.key })).json());
const committees = (cells: { slug: string; committee: string }[]) => Object.fromEntries(cells.map((c) => [c.slug, c.committee]));

/** Revision 1: na-day (none); 2: sa-ho added; 3: na-day formed; 4: sa-ho deleted, lao-chai added. */
async function censusWithFourRevisions(org: string) {
  await putOrganization(desk.key, org);
  expect((await putCell(org, 'na-day', { ...cellBody({ committee: 'none' }), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] })).status).toBe(
    201,
  );
  expect((await putCell(org, 'sa-ho', cellBody({ name: 'Sả Hồ', committee: 'none' }))).status).toBe(201);
  expect((await putCell(org, 'na-day', cellBody({ committee: 'formed' }))).status).toBe(200);
  expect((await send(`/v1/organizations/${org}/cells/sa-ho`, { key: desk.key, method: 'DELETE' })).status).toBe(200);
  expect((await putCell(org, 'lao-chai', cellBody({ name: 'Lao Chải', committee: 'existing' }))).status).toBe(201);
}

describe('POST /v1/organizations/{org}/cells/revisions/{revision}/restore', () => {
  it('writes the census back as the revision had it, as one new revision: changed cells, added and removed ones', async () => {
    await censusWithFourRevisions('restore-town');
    const before = await history('restore-town');
    expect(before.revisions[0]?.revision).toBe(5);

    const res = await restore('restore-town', 2, '"5"');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"6"');
    const body = CellsWriteResponseSchema.parse(await res.json());
    expect(committees(body.cells)).toEqual({ 'na-day': 'none', 'sa-ho': 'none' });

    const after = await history('restore-town');
    expect(after.revisions.map((r) => r.revision)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(after.revisions[0]?.cells).toEqual(before.revisions.find((r) => r.revision === 2)?.cells);
    expect(after.revisions[0]?.by).toMatchObject({ label: 'Desk of restore-desk' });
    // The old revisions stay readable as they were.
    const pinned = CellsResponseSchema.parse(await (await request('/v1/organizations/restore-town/cells?revision=5')).json());
    expect(committees(pinned.cells)).toEqual({ 'na-day': 'formed', 'lao-chai': 'existing' });
    const live = CellsResponseSchema.parse(await (await request('/v1/organizations/restore-town/cells')).json());
    expect(committees(live.cells)).toEqual({ 'na-day': 'none', 'sa-ho': 'none' });
  });

  it('answers 412 and writes nothing when the cells changed since the newest revision the desk read', async () => {
    await censusWithFourRevisions('restore-stale');
    const res = await restore('restore-stale', 1, '"4"');
    expect(res.status).toBe(412);
    expect((await history('restore-stale')).revisions[0]?.revision).toBe(5);
  });

  it('changes nothing when the revision equals the newest', async () => {
    await censusWithFourRevisions('restore-same');
    const res = await restore('restore-same', 5, '"5"');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"5"');
    expect((await history('restore-same')).revisions.map((r) => r.revision)[0]).toBe(5);
  });

  it('leaves the other days’ censuses as they are', async () => {
    await putOrganization(desk.key, 'restore-days');
    await putCell('restore-days', 'na-day', { ...cellBody({ committee: 'none' }), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] });
    await putCell('restore-days', 'na-day', { ...cellBody({ committee: 'formed' }), asOf: '2024-12-31' });
    await putCell('restore-days', 'sa-ho', { ...cellBody({ name: 'Sả Hồ', committee: 'none' }), asOf: '2025-06-30', sources: [SOURCE_JSON] });
    expect((await restore('restore-days', 1, '"3"')).status).toBe(200);
    const later = CellsResponseSchema.parse(await (await request('/v1/organizations/restore-days/cells?asOf=2025-06-30')).json());
    expect(committees(later.cells)).toEqual({ 'na-day': 'formed', 'sa-ho': 'none' });
    const earlier = CellsResponseSchema.parse(await (await request('/v1/organizations/restore-days/cells?asOf=2024-12-31')).json());
    expect(committees(earlier.cells)).toEqual({ 'na-day': 'none' });
  });

  it('answers 404 for a revision the cells never had, 400 for one that is not a number', async () => {
    await censusWithFourRevisions('restore-missing');
    const missing = await restore('restore-missing', 9, '"5"');
    expect(missing.status).toBe(404);
    expect((await missing.json<ErrorBody>()).error.message).toContain('no revision 9');
    const bad = await restore('restore-missing', 'latest', '"5"');
    expect(bad.status).toBe(400);
    expect((await bad.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['path', 'revision']);
  });

  it('is refused to another newsroom’s key and without a key', async () => {
    await censusWithFourRevisions('restore-owned');
    expect((await restore('restore-owned', 1, '"5"', other.key)).status).toBe(403);
    expect((await send('/v1/organizations/restore-owned/cells/revisions/1/restore', { key: null, method: 'POST' })).status).toBe(401);
    expect((await history('restore-owned')).revisions[0]?.revision).toBe(5);
  });
});
