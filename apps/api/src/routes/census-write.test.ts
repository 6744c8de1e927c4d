import { CellsResponseSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';
import { newsroomWithKey, putOrganization, send, SOURCE_JSON } from '../../test/write.ts';
import { CellsWriteResponseSchema } from './write-responses.ts';

const desk = await newsroomWithKey('census-desk');
const putCensus = (org: string, json: unknown, headers: Record<string, string> = {}) =>
  send(`/v1/organizations/${org}/cells`, { key: desk.key, json, headers });
const readCells = async (org: string, query = '') => CellsResponseSchema.parse(await (await request(`/v1/organizations/${org}/cells${query}`)).json());
const row = (slug: string, fields: Record<string, unknown> = {}) => ({ slug, name: null, kind: 'residential', committee: 'none', ...fields });

describe('PUT /v1/organizations/{org}/cells', () => {
  it('starts a census from the table, then writes it as listed (changed, added, dropped) in one revision', async () => {
    await putOrganization(desk.key, 'census-table');
    const first = await putCensus('census-table', {
      asOf: '2024-12-31',
      term: '2020-2025',
      sources: [SOURCE_JSON],
      cells: [row('na-day', { name: 'Na Đẩy', committee: 'formed' }), row('sa-ho', { name: 'Sả Hồ' })],
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('ETag')).toBe('"1"');
    expect(CellsWriteResponseSchema.parse(await first.json())).toMatchObject({ total: 2, term: '2020-2025', counts: { formed: 1, none: 1 } });

    const second = await putCensus(
      'census-table',
      { asOf: '2024-12-31', cells: [row('na-day', { name: 'Na Đẩy', committee: 'existing' }), row('lao-chai', { name: 'Lao Chải', fullMembers: 12 })] },
      { 'If-Match': '"1"' },
    );
    expect(second.status).toBe(200);
    expect(second.headers.get('ETag')).toBe('"2"');
    const stored = await readCells('census-table');
    expect(stored.revision).toBe(2);
    expect(stored.cells.map((c) => [c.slug, c.committee, c.fullMembers])).toEqual([
      ['na-day', 'existing', null],
      ['lao-chai', 'none', 12],
    ]);
    // The earlier revision still holds the dropped cell.
    expect((await readCells('census-table', '?revision=1')).cells.map((c) => c.slug)).toEqual(['na-day', 'sa-ho']);
  });

  it('answers 412 for a stale If-Match and changes nothing', async () => {
    await putOrganization(desk.key, 'census-stale');
    await putCensus('census-stale', { asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON], cells: [row('a')] });
    await putCensus('census-stale', { asOf: '2024-12-31', cells: [row('a', { committee: 'existing' })] }, { 'If-Match': '"1"' });
    const stale = await putCensus('census-stale', { asOf: '2024-12-31', cells: [row('b')] }, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe('"2"');
    expect((await readCells('census-stale')).cells.map((c) => c.slug)).toEqual(['a']);
  });

  it('names the row of a refusal and of a warning', async () => {
    await putOrganization(desk.key, 'census-rows');
    const refused = await putCensus('census-rows', {
      asOf: '2024-12-31',
      sources: [SOURCE_JSON],
      cells: [row('a'), row('b', { committee: 'formed', committeeFormedOn: '2025-03-01' })],
    });
    expect(refused.status).toBe(422);
    expect((await refused.json<ErrorBody>()).error.issues?.map((i) => i.path)).toEqual([['body', 'cells', 1, 'committeeFormedOn']]);

    const invalid = await putCensus('census-rows', { asOf: '2024-12-31', sources: [SOURCE_JSON], cells: [row('a'), row('c', { committee: 'maybe' })] });
    expect(invalid.status).toBe(400);
    expect((await invalid.json<ErrorBody>()).error.issues?.map((i) => i.path)).toContainEqual(['body', 'cells', 1, 'committee']);
    const twice = await putCensus('census-rows', { asOf: '2024-12-31', sources: [SOURCE_JSON], cells: [row('a'), row('a')] });
    expect(twice.status).toBe(400);
    expect((await twice.json<ErrorBody>()).error.issues?.map((i) => i.path)).toContainEqual(['body', 'cells', 1, 'slug']);

    const warned = await putCensus('census-rows', {
      asOf: '2024-12-31',
      sources: [SOURCE_JSON],
      cells: [row('a'), row('b', { committee: 'formed', fullMembers: 5 })],
    });
    expect(warned.status).toBe(201);
    const body = CellsWriteResponseSchema.parse(await warned.json());
    expect(body.warnings.map((w) => [w.code, w.path])).toContainEqual(['committee_too_small', ['body', 'cells', 1, 'committee']]);
  });

  it('answers 422 for a new day without sources and 403 for another newsroom’s organisation', async () => {
    await putOrganization(desk.key, 'census-sourceless');
    const sourceless = await putCensus('census-sourceless', { asOf: '2024-12-31', cells: [row('a')] });
    expect(sourceless.status).toBe(422);
    expect((await sourceless.json<ErrorBody>()).error.issues?.map((i) => i.path)).toEqual([['body', 'sources']]);
    expect((await putCensus('muong-khuong', { asOf: '2024-12-31', cells: [] })).status).toBe(403);
  });
});
