// Organisations that close and are succeeded (the July 2025 mergers): reads about a later day point
// to the successors instead of showing nothing, and no figures can be written past the last day.
import { AdmissionResponseSchema, CellsResponseSchema, type Succession } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from './request.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('merger-desk');
await putOrganization(desk.key, 'merger-commune-a', { name: 'Đảng bộ xã A', validFrom: '2025-07-01' });
await putOrganization(desk.key, 'merger-commune-b', { name: 'Đảng bộ xã B', validFrom: '2025-07-01' });
await putOrganization(desk.key, 'merger-town', { name: 'Đảng bộ thị trấn' });
await send('/v1/organizations/merger-town/admissions/2024', { key: desk.key, json: admissionBody({ admitted: 53, asOf: '2024-12-31' }) });
await send('/v1/organizations/merger-town/cells/na-day', {
  key: desk.key,
  json: { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] },
});
const closing = await putOrganization(desk.key, 'merger-town', {
  name: 'Đảng bộ thị trấn',
  validTo: '2025-06-30',
  successors: ['merger-commune-a', 'merger-commune-b'],
});

const SUCCESSION: Succession = {
  validTo: '2025-06-30',
  successors: [
    { slug: 'merger-commune-a', name: 'Đảng bộ xã A' },
    { slug: 'merger-commune-b', name: 'Đảng bộ xã B' },
  ],
};
const admissions = async (query = '') => AdmissionResponseSchema.parse(await (await request(`/v1/organizations/merger-town/admissions/2024${query}`)).json());
const cells = async (query = '') => CellsResponseSchema.parse(await (await request(`/v1/organizations/merger-town/cells${query}`)).json());

describe('an organisation closed on a day, with successors', () => {
  it('is closed by its PUT, which names the successors in order', async () => {
    expect(closing.status).toBe(200);
    expect(await closing.json()).toMatchObject({ validTo: '2025-06-30', successors: ['merger-commune-a', 'merger-commune-b'] });
  });

  it('answers live reads (about today) with its last figures and `succeededBy`', async () => {
    expect(await admissions()).toMatchObject({ admitted: 53, succeededBy: SUCCESSION });
    expect(await cells()).toMatchObject({ total: 1, succeededBy: SUCCESSION });
  });

  it('says nothing of the closing in reads about a day it still existed', async () => {
    expect((await admissions('?asOf=2025-06-30')).succeededBy).toBeNull();
    expect((await cells('?asOf=2025-06-30')).succeededBy).toBeNull();
    expect((await admissions('?asOf=2025-07-01')).succeededBy).toEqual(SUCCESSION);
    expect((await cells('?asOf=2026-01-01')).succeededBy).toEqual(SUCCESSION);
  });

  it('keeps reads pinned to a revision as they were: their figures predate the closing', async () => {
    expect((await admissions('?revision=1')).succeededBy).toBeNull();
    expect((await cells('?revision=1')).succeededBy).toBeNull();
  });

  it('names the successors when it has no figures for a later period', async () => {
    const res = await request('/v1/organizations/merger-town/admissions/2025');
    expect(res.status).toBe(404);
    expect((await res.json<ErrorBody>()).error.message).toBe(
      'No admissions of "merger-town" recorded for 2025; it existed until 2025-06-30 and was succeeded by merger-commune-a, merger-commune-b',
    );
  });

  it('refuses figures after its last day, naming where they belong', async () => {
    const res = await send('/v1/organizations/merger-town/admissions/2025', { key: desk.key, json: admissionBody({ asOf: '2025-09-30' }) });
    expect(res.status).toBe(422);
    expect((await res.json<ErrorBody>()).error.issues?.[0]).toMatchObject({
      path: ['body', 'asOf'],
      message: '"merger-town" existed until 2025-06-30; record later figures on merger-commune-a, merger-commune-b',
    });
    const cell = await send('/v1/organizations/merger-town/cells/na-day', {
      key: desk.key,
      json: { ...cellBody(), asOf: '2025-09-30', sources: [SOURCE_JSON] },
    });
    expect(cell.status).toBe(422);
    expect((await send('/v1/organizations/merger-town/admissions/2025', { key: desk.key, json: admissionBody({ asOf: '2025-06-30' }) })).status).toBe(201);
  });

  it('lets its successors’ figures start the day after', async () => {
    expect((await send('/v1/organizations/merger-commune-a/admissions/2025', { key: desk.key, json: admissionBody({ asOf: '2025-12-31' }) })).status).toBe(201);
    expect((await send('/v1/organizations/merger-commune-a/admissions/2024', { key: desk.key, json: admissionBody({ asOf: '2024-12-31' }) })).status).toBe(422);
  });
});

describe('the seed’s town, closed on 30 June 2025 without a successor the article names', () => {
  it('says it closed, with no successor, rather than inventing one', async () => {
    const live = AdmissionResponseSchema.parse(await (await request('/v1/organizations/muong-khuong/admissions/2024')).json());
    expect(live.succeededBy).toEqual({ validTo: '2025-06-30', successors: [] });
    const pinned = AdmissionResponseSchema.parse(await (await request('/v1/organizations/muong-khuong/admissions/2024?asOf=2024-12-31')).json());
    expect(pinned.succeededBy).toBeNull();
  });
});
