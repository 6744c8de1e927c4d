import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { findAdmissionRecord } from './admission-records.ts';

describe('findAdmissionRecord', () => {
  it('maps the stored record, its breakdown JSON and its sources to domain types', async () => {
    const record = await findAdmissionRecord(env.DB.withSession('first-unconstrained'), 'muong-khuong', '2024');
    expect(record).toMatchObject({
      organization: { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' },
      period: '2024',
      admitted: 53,
      target: { min: 20, max: 20 },
      termToDate: { term: '2020-2025', admitted: 93 },
      totalMembers: 454,
      asOf: '2024-12-31',
      revision: 1,
    });
    expect(record?.breakdown.nonStateEnterprise).toMatchObject({ unit: 'members', exact: 9 });
    expect(record?.sources.map((s) => s.publisher)).toEqual(['Báo Lào Cai']);
    expect(record?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('maps absent target and term-to-date to null', async () => {
    const record = await findAdmissionRecord(env.DB, 'muong-khuong', '2020-2025');
    expect(record).toMatchObject({ admitted: 93, target: null, termToDate: null, breakdown: {} });
  });

  it('gives null for an unknown period or organisation', async () => {
    expect(await findAdmissionRecord(env.DB, 'muong-khuong', '2023')).toBeNull();
    expect(await findAdmissionRecord(env.DB, 'ha-noi', '2024')).toBeNull();
  });
});
