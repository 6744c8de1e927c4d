import { CellsResponseSchema, type SeedCell } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { request, type ErrorBody } from '../../test/request.ts';

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
        { organization: 'two-censuses', term: '2020-2025', asOf: '2024-06-30', sources: [SOURCE], cells: [cell('a', 'formed'), cell('b', 'none'), cell('c', 'ineligible')] },
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
