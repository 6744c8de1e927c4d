import { CellsResponseSchema, type SeedCell } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { request, type ErrorBody } from '../../test/request.ts';
import { cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from '../../test/write.ts';
import { CellsWriteResponseSchema } from './write-responses.ts';

const desk = await newsroomWithKey('cells-desk');
const putCell = (org: string, slug: string, json: unknown, headers: Record<string, string> = {}) =>
  send(`/v1/organizations/${org}/cells/${slug}`, { key: desk.key, json, headers });
const deleteCell = (org: string, slug: string, query = '', headers: Record<string, string> = {}) =>
  send(`/v1/organizations/${org}/cells/${slug}${query}`, { key: desk.key, method: 'DELETE', headers });
const readCells = async (path: string) => CellsResponseSchema.parse(await (await request(path)).json());
const SECOND_SOURCE = { publisher: 'Báo Khác', title: null, url: null, publishedOn: null };

/** An organisation of the test's own with a first census of two cells, as of 2024-12-31. */
async function organizationWithCensus(org: string) {
  await putOrganization(desk.key, org);
  await putCell(org, 'na-day', { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] });
  await putCell(org, 'sa-ho', cellBody({ name: 'Sả Hồ', committee: 'none' }));
}

const cell = (slug: string, committee: SeedCell['committee']): SeedCell => ({
  slug,
  name: null,
  kind: 'residential',
  committee,
  committeeFormedOn: null,
  fullMembers: null,
});

describe('GET /v1/organizations/{org}/cells', () => {
  it('answers the latest census in the wire shape, counts computed from its cells', async () => {
    const res = await request('/v1/organizations/muong-khuong/cells');
    expect(res.status).toBe(200);
    const body = CellsResponseSchema.parse(await res.json());
    expect(body.organization).toEqual({ slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' });
    expect(body.term).toBe('2020-2025');
    expect(body.total).toBe(body.cells.length);
    const sum = Object.values(body.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(body.total);
  });

  it('picks the latest census on or before asOf, and the latest of all without it', async () => {
    await load({
      organizations: [organization('two-censuses')],
      cellCensuses: [
        { organization: 'two-censuses', term: '2020-2025', asOf: '2021-06-30', sources: [SOURCE], cells: [cell('a', 'none'), cell('b', 'none')] },
        {
          organization: 'two-censuses',
          term: '2020-2025',
          asOf: '2024-06-30',
          sources: [SOURCE],
          cells: [cell('a', 'formed'), cell('b', 'none'), cell('c', 'ineligible')],
        },
      ],
    });
    const at = async (query: string) => CellsResponseSchema.parse(await (await request(`/v1/organizations/two-censuses/cells${query}`)).json());

    expect((await at('')).asOf).toBe('2024-06-30');
    expect((await at('?asOf=2024-06-30')).asOf).toBe('2024-06-30');
    const earlier = await at('?asOf=2024-06-29');
    expect(earlier.asOf).toBe('2021-06-30');
    expect(earlier.counts).toEqual({ existing: 0, formed: 0, none: 2, ineligible: 0, unknown: 0 });
    const later = await at('?asOf=2030-01-01');
    expect(later.counts).toEqual({ existing: 0, formed: 1, none: 1, ineligible: 1, unknown: 0 });
    expect(later.cells.map((c) => c.slug)).toEqual(['a', 'b', 'c']);
  });

  it('answers 404 when no census is that old', async () => {
    const res = await request('/v1/organizations/muong-khuong/cells?asOf=2019-12-31');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No cell census of "muong-khuong" on or before 2019-12-31' },
    });
  });

  it('answers 404 for an organisation that does not exist', async () => {
    const res = await request('/v1/organizations/ha-noi/cells');
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.message).toBe('No organization named "ha-noi"');
  });

  it.each(['2024-02-30', '31/12/2024', '2024-12-31T00:00:00Z', '2024-1-1', ''])('answers 400 with an issue on asOf for %j', async (asOf) => {
    const res = await request(`/v1/organizations/muong-khuong/cells?asOf=${encodeURIComponent(asOf)}`);
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.[0]?.path).toEqual(['query', 'asOf']);
  });

  it('answers 400 when asOf is given twice', async () => {
    const res = await request('/v1/organizations/muong-khuong/cells?asOf=2024-12-31&asOf=2023-12-31');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['query', 'asOf']);
  });

  it('answers 400 for an unknown query parameter', async () => {
    const res = await request('/v1/organizations/muong-khuong/cells?as_of=2024-12-31');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]).toMatchObject({ path: ['query'], code: 'unrecognized_keys' });
  });
});

describe('PUT /v1/organizations/{org}/cells/{cell}', () => {
  it('starts the first census of an organisation with its day, term and sources', async () => {
    await putOrganization(desk.key, 'cells-first');
    const res = await putCell('cells-first', 'na-day', { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] });
    expect(res.status).toBe(201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(CellsWriteResponseSchema.parse(await res.json())).toMatchObject({
      asOf: '2024-12-31',
      term: '2020-2025',
      total: 1,
      counts: { formed: 1 },
      sources: [SOURCE_JSON],
      revision: 1,
      succeededBy: null,
    });
  });

  it('needs asOf and sources for the first census', async () => {
    await putOrganization(desk.key, 'cells-none-yet');
    const noDay = await putCell('cells-none-yet', 'na-day', cellBody());
    expect(noDay.status).toBe(422);
    expect((await noDay.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['body', 'asOf']);
    const noSource = await putCell('cells-none-yet', 'na-day', { ...cellBody(), asOf: '2024-12-31' });
    expect(noSource.status).toBe(422);
    expect((await noSource.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['body', 'sources']);
  });

  it('changes a cell of the latest census in place, as the census’s next revision', async () => {
    await organizationWithCensus('cells-inplace');
    const res = await putCell('cells-inplace', 'sa-ho', cellBody({ name: 'Sả Hồ', committee: 'formed', committeeFormedOn: '2024-11-02' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"3"');
    const body = CellsWriteResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ asOf: '2024-12-31', revision: 3, counts: { formed: 2, none: 0 } });
    expect(body.cells.map((c) => c.slug)).toEqual(['na-day', 'sa-ho']);
    expect((await readCells('/v1/organizations/cells-inplace/cells?revision=2')).counts).toMatchObject({ formed: 1, none: 1 });
  });

  it('changes nothing when the same cell is sent again', async () => {
    await organizationWithCensus('cells-same');
    const res = await putCell('cells-same', 'sa-ho', cellBody({ name: 'Sả Hồ', committee: 'none', sources: [SOURCE_JSON] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"2"');
  });

  it('starts the census of a later day from the one before, so reads as of earlier days keep their figures', async () => {
    await organizationWithCensus('cells-later');
    const res = await putCell('cells-later', 'sa-ho', { ...cellBody({ name: 'Sả Hồ', committee: 'formed' }), asOf: '2025-06-30', sources: [SECOND_SOURCE] });
    expect(res.status).toBe(201);
    const later = CellsWriteResponseSchema.parse(await res.json());
    expect(later).toMatchObject({ asOf: '2025-06-30', term: '2020-2025', revision: 3, total: 2, counts: { formed: 2 } });
    expect(later.sources).toEqual([SOURCE_JSON, SECOND_SOURCE]);
    expect(await readCells('/v1/organizations/cells-later/cells')).toMatchObject({ asOf: '2025-06-30', revision: 3 });
    const earlier = await readCells('/v1/organizations/cells-later/cells?asOf=2025-06-29');
    expect(earlier).toMatchObject({ asOf: '2024-12-31', revision: 2, counts: { formed: 1, none: 1 }, sources: [SOURCE_JSON] });
    expect(await readCells('/v1/organizations/cells-later/cells?revision=2')).toEqual(earlier);
  });

  it('starts a census of another term empty: statuses of one term say nothing of the next', async () => {
    await organizationWithCensus('cells-new-term');
    const res = await putCell('cells-new-term', 'na-day', {
      ...cellBody({ committee: 'existing' }),
      asOf: '2025-10-01',
      term: '2025-2030',
      sources: [SECOND_SOURCE],
    });
    expect(res.status).toBe(201);
    expect(CellsWriteResponseSchema.parse(await res.json())).toMatchObject({ term: '2025-2030', total: 1, counts: { existing: 1 }, sources: [SECOND_SOURCE] });
  });

  it('answers 422 for another term on an existing census, or a new day without sources', async () => {
    await organizationWithCensus('cells-term');
    const term = await putCell('cells-term', 'na-day', { ...cellBody(), term: '2025-2030' });
    expect(term.status).toBe(422);
    expect((await term.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['body', 'term']);
    const sourceless = await putCell('cells-term', 'na-day', { ...cellBody(), asOf: '2025-06-30' });
    expect(sourceless.status).toBe(422);
    expect((await readCells('/v1/organizations/cells-term/cells')).revision).toBe(2);
  });

  it.each([
    ['an unknown field', { counts: {} }, ['body']],
    ['the slug, which is the path', { slug: 'na-day' }, ['body']],
    ['an unknown kind', { kind: 'village' }, ['body', 'kind']],
    ['an unknown status', { committee: 'maybe' }, ['body', 'committee']],
    ['a formation day for a status other than formed', { committee: 'none', committeeFormedOn: '2024-01-01' }, ['body', 'committeeFormedOn']],
    ['negative members', { fullMembers: -2 }, ['body', 'fullMembers']],
    ['a year as term', { term: '2025' }, ['body', 'term']],
    ['an empty source list', { sources: [] }, ['body', 'sources']],
  ])('answers 400 for %s', async (_, fields, path) => {
    const res = await putCell('muong-khuong', 'na-day', cellBody(fields));
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.map((i) => i.path)).toContainEqual(path);
  });

  it('answers 400 for a malformed cell slug and 403 for another newsroom’s organisation', async () => {
    expect((await putCell('muong-khuong', 'Na Đẩy', cellBody())).status).toBe(400);
    expect((await putCell('muong-khuong', 'na-day', cellBody())).status).toBe(403);
    expect((await readCells('/v1/organizations/muong-khuong/cells')).counts).toEqual({ existing: 10, formed: 5, none: 2, ineligible: 0, unknown: 8 });
  });

  it('compares If-Match with the revision of the census the write starts from', async () => {
    await organizationWithCensus('cells-match');
    expect((await putCell('cells-match', 'sa-ho', cellBody({ name: 'Sả Hồ' }), { 'If-Match': '"1"' })).status).toBe(412);
    expect((await putCell('cells-match', 'sa-ho', cellBody({ name: 'Sả Hồ' }), { 'If-Match': '"2"' })).status).toBe(200);
    expect((await putCell('cells-match', 'na-day', cellBody(), { 'If-None-Match': '*' })).status).toBe(412);
    expect((await putCell('cells-match', 'lao-chai', cellBody({ name: 'Lao Chải' }), { 'If-None-Match': '*' })).status).toBe(201);
    const later = await putCell(
      'cells-match',
      'lao-chai',
      { ...cellBody({ name: 'Lao Chải' }), asOf: '2025-06-30', sources: [SECOND_SOURCE] },
      { 'If-Match': '"4"' },
    );
    expect(later.status).toBe(201);
  });
});

describe('DELETE /v1/organizations/{org}/cells/{cell}', () => {
  it('takes the cell out of the census as its next revision; earlier revisions still show it', async () => {
    await organizationWithCensus('cells-delete');
    const res = await deleteCell('cells-delete', 'sa-ho');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe('"3"');
    expect(CellsResponseSchema.parse(await res.json()).cells.map((c) => c.slug)).toEqual(['na-day']);
    expect((await readCells('/v1/organizations/cells-delete/cells?revision=2')).cells.map((c) => c.slug)).toEqual(['na-day', 'sa-ho']);
    expect((await deleteCell('cells-delete', 'sa-ho')).status).toBe(404);
    const back = await putCell('cells-delete', 'sa-ho', cellBody({ name: 'Sả Hồ' }));
    expect(back.status).toBe(201);
    expect(CellsWriteResponseSchema.parse(await back.json()).cells.map((c) => c.slug)).toEqual(['na-day', 'sa-ho']);
  });

  it('deletes from the census of the day asked, and answers 404 for a day without one', async () => {
    await organizationWithCensus('cells-delete-day');
    await putCell('cells-delete-day', 'na-day', { ...cellBody(), asOf: '2025-06-30', sources: [SECOND_SOURCE] });
    expect((await deleteCell('cells-delete-day', 'sa-ho', '?asOf=2025-06-30')).status).toBe(200);
    expect((await readCells('/v1/organizations/cells-delete-day/cells?asOf=2024-12-31')).total).toBe(2);
    expect((await readCells('/v1/organizations/cells-delete-day/cells')).total).toBe(1);
    expect((await deleteCell('cells-delete-day', 'na-day', '?asOf=2025-01-01')).status).toBe(404);
    expect((await deleteCell('cells-delete-day', 'na-day', '?asOf=x')).status).toBe(400);
  });

  it('answers 404 for an organisation without cells, 412 for a stale If-Match', async () => {
    await putOrganization(desk.key, 'cells-delete-none');
    expect((await deleteCell('cells-delete-none', 'na-day')).status).toBe(404);
    await organizationWithCensus('cells-delete-match');
    expect((await deleteCell('cells-delete-match', 'na-day', '', { 'If-Match': '"1"' })).status).toBe(412);
    expect((await readCells('/v1/organizations/cells-delete-match/cells')).total).toBe(2);
  });
});
