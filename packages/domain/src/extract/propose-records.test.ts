import { describe, expect, it } from 'vitest';
import { AdmissionInputSchema } from '../admission.ts';
import { extractFigures } from './extract-figures.ts';
import { proposeRecords } from './propose-records.ts';

const SOURCE = { publisher: 'Báo Thử', title: null, url: 'https://example.vn/bai', publishedOn: '2025-01-05' };

describe('proposeRecords', () => {
  it('fills an admissions draft per period that the write schema accepts once the desk adds a day', () => {
    const text = 'Năm 2024, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên, vượt 8 đảng viên so với chỉ tiêu, nâng tổng số đảng viên lên 310 đồng chí.';
    const [org] = proposeRecords(extractFigures(text), SOURCE).organizations;
    expect(org?.organization).toEqual({ name: 'Đảng bộ xã Bản Xen', kind: 'grassroots' });
    const draft = org?.admissions[0];
    expect(draft).toMatchObject({ period: '2024', conflicts: [] });
    expect(draft?.record).toEqual({ sources: [SOURCE], admitted: 28, target: { min: 20, max: 20 }, totalMembers: 310 });
    expect(AdmissionInputSchema.safeParse({ ...draft?.record, asOf: '2024-12-31' }).success).toBe(true);
  });

  it('leaves a field empty and names it when two figures of one record disagree', () => {
    const text = 'Năm 2024, Đảng bộ xã Bản Xen kết nạp 28 đảng viên. Năm 2024, Đảng bộ xã Bản Xen kết nạp 30 đảng viên.';
    const draft = proposeRecords(extractFigures(text)).organizations[0]?.admissions[0];
    expect(draft?.conflicts).toEqual(['admitted']);
    expect(draft?.record.admitted).toBeUndefined();
  });

  it('lists the cells the text names with their committee status', () => {
    const text = 'Đảng bộ xã Pha Long có 2 chi bộ (Tả Lùng, Sín Chải) chưa có chi ủy.';
    expect(proposeRecords(extractFigures(text)).organizations[0]?.cells.map((c) => c.cell)).toEqual([
      { name: 'Tả Lùng', kind: null, committee: 'none' },
      { name: 'Sín Chải', kind: null, committee: 'none' },
    ]);
  });
});
