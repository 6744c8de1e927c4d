import { AdmissionResponseSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { request, type ErrorBody } from '../../test/request.ts';
import { admissionBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from '../../test/write.ts';
import { AdmissionWriteResponseSchema } from './write-responses.ts';

const desk = await newsroomWithKey('adm-desk');
const put = (slug: string, period: string, json: unknown, headers: Record<string, string> = {}) =>
  send(`/v1/organizations/${slug}/admissions/${period}`, { key: desk.key, json, headers });
const read = async (path: string) => AdmissionResponseSchema.parse(await (await request(path)).json());

describe('GET /v1/organizations/{org}/admissions/{period}', () => {
  it('answers the year record in the wire shape, with progress computed by the domain', async () => {
    const res = await request('/v1/organizations/muong-khuong/admissions/2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = AdmissionResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ period: '2024', admitted: 53, target: { min: 20, max: 20 }, delta: 33 });
    expect(body.progress).toEqual({ delta: 33, ratio: 2.65, status: 'above' });
  });

  it('answers a term record without a target with null delta and progress', async () => {
    const res = await request('/v1/organizations/muong-khuong/admissions/2020-2025');
    expect(res.status).toBe(200);
    expect(AdmissionResponseSchema.parse(await res.json())).toMatchObject({
      period: '2020-2025',
      admitted: 93,
      target: null,
      delta: null,
      progress: null,
      breakdown: {},
      termToDate: null,
    });
  });

  it('measures a range target: within it the delta is 0, below it the shortfall is against the minimum', async () => {
    await load({
      organizations: [organization('range-town')],
      admissions: [
        {
          organization: 'range-town',
          period: '2023',
          admitted: 95,
          target: { min: 90, max: 100 },
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2023-12-31',
          sources: [SOURCE],
        },
        {
          organization: 'range-town',
          period: '2024',
          admitted: 86,
          target: { min: 90, max: 100 },
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [SOURCE],
        },
      ],
    });
    const within = AdmissionResponseSchema.parse(await (await request('/v1/organizations/range-town/admissions/2023')).json());
    expect(within).toMatchObject({ delta: 0, progress: { status: 'within', delta: 0 } });
    const below = AdmissionResponseSchema.parse(await (await request('/v1/organizations/range-town/admissions/2024')).json());
    expect(below).toMatchObject({ delta: -4, progress: { status: 'below', delta: -4 } });
    expect(below.sources).toEqual([SOURCE]);
  });

  it('answers 404 naming the organisation when it does not exist', async () => {
    const res = await request('/v1/organizations/ha-noi/admissions/2024');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No organization named "ha-noi"' } });
  });

  it('answers 404 naming the period when the organisation has no record for it', async () => {
    const res = await request('/v1/organizations/muong-khuong/admissions/2023');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No admissions of "muong-khuong" recorded for 2023; it existed until 2025-06-30' },
    });
  });

  it.each(['20x4', '1929', '2101', '24', '2025-2020', '2020-2040', '2020-2025-2030', '2024 '])(
    'answers 400 with an issue on the period for %j',
    async (period) => {
      const res = await request(`/v1/organizations/muong-khuong/admissions/${encodeURIComponent(period)}`);
      expect(res.status).toBe(400);
      const body = await res.json<ErrorBody>();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.issues).toEqual([expect.objectContaining({ path: ['path', 'period'] })]);
    },
  );

  it('answers 400 for an unknown query parameter', async () => {
    const res = await request('/v1/organizations/muong-khuong/admissions/2024?fresh=1');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]).toMatchObject({ path: ['query'], code: 'unrecognized_keys' });
  });
});

describe('PUT /v1/organizations/{org}/admissions/{period}', () => {
  it('creates the record (201), then updates it as its next revision (200), with the read’s shape', async () => {
    await putOrganization(desk.key, 'adm-town');
    const created = await put('adm-town', '2025', admissionBody());
    expect(created.status).toBe(201);
    expect(created.headers.get('ETag')).toBe('"1"');
    expect(created.headers.get('Location')).toBe('/v1/organizations/adm-town/admissions/2025');
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    expect(AdmissionWriteResponseSchema.parse(await created.json())).toMatchObject({
      organization: { slug: 'adm-town' },
      period: '2025',
      admitted: 21,
      delta: 1,
      progress: { status: 'above' },
      revision: 1,
      succeededBy: null,
      sources: [SOURCE_JSON],
    });
    const updated = await put('adm-town', '2025', admissionBody({ admitted: 18, breakdown: { women: { unit: 'members', exact: 7 } } }));
    expect(updated.status).toBe(200);
    expect(updated.headers.get('ETag')).toBe('"2"');
    expect(await updated.json()).toMatchObject({ admitted: 18, delta: -2, revision: 2, breakdown: { women: { exact: 7 } } });
    expect(await read('/v1/organizations/adm-town/admissions/2025')).toMatchObject({ admitted: 18, revision: 2 });
  });

  it('changes nothing when the same figures are sent again, sources repeated or not', async () => {
    await putOrganization(desk.key, 'adm-same');
    await put('adm-same', '2025', admissionBody());
    const again = await put('adm-same', '2025', admissionBody({ sources: [SOURCE_JSON, SOURCE_JSON] }));
    expect(again.status).toBe(200);
    expect(again.headers.get('ETag')).toBe('"1"');
    expect(await again.json()).toMatchObject({ revision: 1, sources: [SOURCE_JSON] });
  });

  it('keeps every revision: ?revision= answers each as stored, cached as immutable', async () => {
    await putOrganization(desk.key, 'adm-history');
    await put('adm-history', '2025', admissionBody({ admitted: 10 }));
    await put('adm-history', '2025', admissionBody({ admitted: 12, sources: [{ publisher: 'Báo Khác' }] }));
    await put('adm-history', '2025', admissionBody({ admitted: 15 }));
    const first = await request('/v1/organizations/adm-history/admissions/2025?revision=1');
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(AdmissionResponseSchema.parse(await first.json())).toMatchObject({ admitted: 10, revision: 1, sources: [SOURCE_JSON] });
    expect(await read('/v1/organizations/adm-history/admissions/2025?revision=2')).toMatchObject({ admitted: 12, sources: [{ publisher: 'Báo Khác' }] });
    expect(await read('/v1/organizations/adm-history/admissions/2025?revision=3')).toMatchObject({ admitted: 15 });
    expect((await request('/v1/organizations/adm-history/admissions/2025?revision=4')).status).toBe(404);
    expect((await request('/v1/organizations/adm-history/admissions/2025')).headers.get('Cache-Control')).toBe('public, max-age=60');
  });

  it('answers ?asOf= with the latest revision whose figures are as of that day or earlier', async () => {
    await putOrganization(desk.key, 'adm-asof');
    await put('adm-asof', '2025', admissionBody({ admitted: 9, asOf: '2025-03-31' }));
    await put('adm-asof', '2025', admissionBody({ admitted: 14, asOf: '2025-06-30' }));
    await put('adm-asof', '2025', admissionBody({ admitted: 13, asOf: '2025-06-30' }));
    expect(await read('/v1/organizations/adm-asof/admissions/2025?asOf=2025-04-15')).toMatchObject({ admitted: 9, revision: 1 });
    expect(await read('/v1/organizations/adm-asof/admissions/2025?asOf=2025-06-30')).toMatchObject({ admitted: 13, revision: 3 });
    const before = await request('/v1/organizations/adm-asof/admissions/2025?asOf=2025-01-01');
    expect(before.status).toBe(404);
    expect((await before.json<ErrorBody>()).error.message).toContain('as of 2025-01-01');
  });

  it('keeps the seed’s 2024 figures readable at revision 1', async () => {
    expect(await read('/v1/organizations/muong-khuong/admissions/2024?revision=1')).toMatchObject({ admitted: 53, revision: 1, succeededBy: null });
  });

  it.each(['?revision=0', '?revision=abc', '?revision=1&asOf=2025-01-01', '?asOf=2025-02-30'])('answers 400 for the read query %s', async (query) => {
    expect((await request(`/v1/organizations/muong-khuong/admissions/2024${query}`)).status).toBe(400);
  });

  it.each([
    ['an unknown field', { delta: 1 }, ['body']],
    ['a negative count', { admitted: -1 }, ['body', 'admitted']],
    ['a fractional count', { admitted: 2.5 }, ['body', 'admitted']],
    ['a count as text', { admitted: '21' }, ['body', 'admitted']],
    ['a reversed target', { target: { min: 30, max: 20 } }, ['body', 'target', 'min']],
    ['an impossible day', { asOf: '2025-02-29' }, ['body', 'asOf']],
    ['no source', { sources: [] }, ['body', 'sources']],
    ['a source without publisher or url', { sources: [{ title: 'Only a title' }] }, ['body', 'sources', 0, 'publisher']],
    ['a link that is not http', { sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] }, ['body', 'sources', 0, 'url']],
    ['a year as term', { termToDate: { term: '2025', admitted: 3 } }, ['body', 'termToDate', 'term']],
    ['a share over 1', { breakdown: { youth: { unit: 'share', exact: 1.5 } } }, ['body', 'breakdown', 'youth', 'unit']],
    ['an unknown breakdown', { breakdown: { elderly: { unit: 'members', exact: 1 } } }, ['body', 'breakdown']],
  ])('answers 400 with the issue’s path for %s, and stores nothing', async (_, fields, path) => {
    await putOrganization(desk.key, 'adm-invalid');
    const res = await put('adm-invalid', '2025', admissionBody(fields));
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.map((i) => i.path)).toContainEqual(path);
    expect((await request('/v1/organizations/adm-invalid/admissions/2025')).status).toBe(404);
  });

  it('answers 400 for a body that is not JSON, 415 for another media type, 413 for a huge body', async () => {
    await putOrganization(desk.key, 'adm-raw');
    const path = '/v1/organizations/adm-raw/admissions/2025';
    expect((await send(path, { key: desk.key, body: '{"admitted":', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
    expect((await send(path, { key: desk.key, body: 'admitted=21', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await send(path, { key: desk.key, body: JSON.stringify(admissionBody()) })).status).toBe(415);
    const huge = await send(path, { key: desk.key, json: admissionBody({ sources: [{ publisher: 'x'.repeat(70_000) }] }) });
    expect(huge.status).toBe(413);
    expect((await huge.json<ErrorBody>()).error.code).toBe('payload_too_large');
  });

  it('answers 404 for an organisation that does not exist, 400 for a bad period', async () => {
    expect((await put('adm-nowhere', '2025', admissionBody())).status).toBe(404);
    expect((await put('muong-khuong', '20x5', admissionBody())).status).toBe(400);
  });

  it('answers 422 for figures after the organisation’s last day, or before its first', async () => {
    await putOrganization(desk.key, 'adm-closed', { validFrom: '2020-01-01', validTo: '2025-06-30' });
    const after = await put('adm-closed', '2025', admissionBody({ asOf: '2025-07-01' }));
    expect(after.status).toBe(422);
    expect((await after.json<ErrorBody>()).error.issues).toEqual([expect.objectContaining({ path: ['body', 'asOf'], code: 'after_valid_to' })]);
    expect((await put('adm-closed', '2019', admissionBody({ asOf: '2019-12-31' }))).status).toBe(422);
    expect((await put('adm-closed', '2025', admissionBody({ asOf: '2025-06-30' }))).status).toBe(201);
  });

  it('honours If-Match (quoted or bare) and If-None-Match: *', async () => {
    await putOrganization(desk.key, 'adm-match');
    expect((await put('adm-match', '2025', admissionBody(), { 'If-Match': '"1"' })).status).toBe(412);
    expect((await put('adm-match', '2025', admissionBody(), { 'If-None-Match': '*' })).status).toBe(201);
    expect((await put('adm-match', '2025', admissionBody({ admitted: 30 }), { 'If-None-Match': '*' })).status).toBe(412);
    const stale = await put('adm-match', '2025', admissionBody({ admitted: 30 }), { 'If-Match': '"2"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe('"1"');
    expect((await stale.json<ErrorBody>()).error.code).toBe('precondition_failed');
    expect((await put('adm-match', '2025', admissionBody({ admitted: 30 }), { 'If-Match': '1' })).status).toBe(200);
    expect((await put('adm-match', '2025', admissionBody({ admitted: 31 }), { 'If-Match': 'W/"2"' })).status).toBe(412);
    expect((await put('adm-match', '2025', admissionBody({ admitted: 31 }), { 'If-Match': 'two' })).status).toBe(400);
    expect(await read('/v1/organizations/adm-match/admissions/2025')).toMatchObject({ admitted: 30, revision: 2 });
  });
});

describe('DELETE /v1/organizations/{org}/admissions/{period}', () => {
  it('takes the record out of reads as its next revision, keeps the earlier ones, and lets it come back', async () => {
    await putOrganization(desk.key, 'adm-deleted');
    await put('adm-deleted', '2025', admissionBody({ admitted: 5 }));
    const deleted = await send('/v1/organizations/adm-deleted/admissions/2025', { key: desk.key, method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.headers.get('ETag')).toBe('"2"');
    expect(await deleted.json()).toMatchObject({ resource: '/v1/organizations/adm-deleted/admissions/2025', deleted: true, revision: 2 });
    expect((await request('/v1/organizations/adm-deleted/admissions/2025')).status).toBe(404);
    expect((await request('/v1/organizations/adm-deleted/admissions/2025?asOf=2025-12-31')).status).toBe(404);
    expect((await request('/v1/organizations/adm-deleted/admissions/2025?revision=2')).status).toBe(404);
    expect(await read('/v1/organizations/adm-deleted/admissions/2025?revision=1')).toMatchObject({ admitted: 5 });
    expect((await send('/v1/organizations/adm-deleted/admissions/2025', { key: desk.key, method: 'DELETE' })).status).toBe(404);
    const back = await put('adm-deleted', '2025', admissionBody({ admitted: 6 }));
    expect(back.status).toBe(201);
    expect(await back.json()).toMatchObject({ admitted: 6, revision: 3 });
  });

  it('honours If-Match and refuses another newsroom', async () => {
    const other = await newsroomWithKey('adm-other');
    await putOrganization(desk.key, 'adm-delete-match');
    await put('adm-delete-match', '2025', admissionBody());
    expect((await send('/v1/organizations/adm-delete-match/admissions/2025', { key: other.key, method: 'DELETE' })).status).toBe(403);
    expect((await send('/v1/organizations/muong-khuong/admissions/2024', { key: other.key, method: 'DELETE' })).status).toBe(403);
    expect((await send('/v1/organizations/adm-delete-match/admissions/2025', { key: desk.key, method: 'DELETE', headers: { 'If-Match': '"9"' } })).status).toBe(
      412,
    );
    expect((await request('/v1/organizations/adm-delete-match/admissions/2025')).status).toBe(200);
  });
});
