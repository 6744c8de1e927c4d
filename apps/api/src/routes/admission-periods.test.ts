// GET /v1/organizations/{org}/admissions: the periods an organisation has admissions for, so the data
// desk can list every record on an organisation's page.
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';
import { admissionBody, newsroomWithKey, putOrganization, send } from '../../test/write.ts';

const desk = await newsroomWithKey('periods-desk');

type PeriodList = {
  organization: { slug: string; name: string };
  admissions: { period: string; admitted: number; target: { min: number; max: number } | null; revision: number; deleted: boolean; updatedAt: string }[];
};

async function periods(org: string): Promise<PeriodList> {
  const res = await request(`/v1/organizations/${org}/admissions`);
  expect(res.status).toBe(200);
  return res.json<PeriodList>();
}

describe('GET /v1/organizations/{org}/admissions', () => {
  it('lists the seed’s 2024 record of Mường Khương with its figures and revision', async () => {
    const list = await periods('muong-khuong');
    expect(list.organization).toEqual({ slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' });
    expect(list.admissions).toContainEqual(expect.objectContaining({ period: '2024', admitted: 53, target: { min: 20, max: 20 }, deleted: false }));
  });

  it('lists every period written, the latest first, a term before the year it ends with, and a deletion as deleted', async () => {
    await putOrganization(desk.key, 'periods-town');
    expect((await periods('periods-town')).admissions).toEqual([]);
    for (const period of ['2023', '2025', '2020-2025']) {
      const asOf = period === '2023' ? '2023-12-31' : '2025-06-30';
      const res = await send(`/v1/organizations/periods-town/admissions/${period}`, { key: desk.key, json: admissionBody({ asOf }) });
      expect(res.status).toBe(201);
    }
    const second = await send('/v1/organizations/periods-town/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 30 }) });
    expect(second.status).toBe(200);
    const deleted = await send('/v1/organizations/periods-town/admissions/2023', { key: desk.key, method: 'DELETE' });
    expect(deleted.status).toBe(200);
    const list = await periods('periods-town');
    expect(list.admissions.map(({ period, admitted, revision, deleted }) => ({ period, admitted, revision, deleted }))).toEqual([
      { period: '2020-2025', admitted: 21, revision: 1, deleted: false },
      { period: '2025', admitted: 30, revision: 2, deleted: false },
      { period: '2023', admitted: 21, revision: 2, deleted: true },
    ]);
  });

  it('answers 404 naming an organisation that does not exist, and 400 for an unknown query parameter', async () => {
    const missing = await request('/v1/organizations/periods-nowhere/admissions');
    expect(missing.status).toBe(404);
    expect((await missing.json<ErrorBody>()).error.message).toBe('No organization named "periods-nowhere"');
    const unknown = await request('/v1/organizations/muong-khuong/admissions?period=2024');
    expect(unknown.status).toBe(400);
    expect((await unknown.json<ErrorBody>()).error.issues?.[0]).toMatchObject({ path: ['query'] });
  });
});
