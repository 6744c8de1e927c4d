import { AdmissionResponseSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { request, type ErrorBody } from '../../test/request.ts';

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
        { organization: 'range-town', period: '2023', admitted: 95, target: { min: 90, max: 100 }, breakdown: {}, termToDate: null, totalMembers: null, asOf: '2023-12-31', sources: [SOURCE] },
        { organization: 'range-town', period: '2024', admitted: 86, target: { min: 90, max: 100 }, breakdown: {}, termToDate: null, totalMembers: null, asOf: '2024-12-31', sources: [SOURCE] },
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
