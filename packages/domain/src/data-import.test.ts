import { describe, expect, it } from 'vitest';
import { detectImportKind, ImportReportSchema } from './data-import.ts';

describe('detectImportKind', () => {
  it.each([
    [['slug', 'name', 'kind', 'committee', 'asOf'], 'cells'],
    [['Tên chi bộ', 'Loại', 'Chi ủy', 'Ngày số liệu'], 'cells'],
    [['period', 'admitted', 'asOf', 'sourcePublisher'], 'admissions'],
    [['Năm', 'Kết nạp', 'Ngày số liệu', 'Nguồn'], 'admissions'],
  ])('tells %j is %s', (header, kind) => expect(detectImportKind(header)).toBe(kind));

  it('gives null when a header has the marks of both kinds, or of neither', () => {
    expect(detectImportKind(['period', 'committee'])).toBeNull();
    expect(detectImportKind(['name', 'asOf'])).toBeNull();
    expect(detectImportKind([])).toBeNull();
  });
});

describe('ImportReportSchema', () => {
  it('accepts a report of created, unchanged and rejected rows', () => {
    const report = {
      organization: { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' },
      kind: 'cells',
      dryRun: true,
      applied: false,
      summary: { created: 1, updated: 0, unchanged: 1, rejected: 1 },
      rows: [
        { line: 2, key: 'na-day', asOf: '2024-12-31', outcome: 'unchanged', revision: 1, issues: [], warnings: [] },
        {
          line: 3,
          key: 'moi',
          asOf: '2024-12-31',
          outcome: 'created',
          revision: 2,
          issues: [],
          warnings: [
            {
              path: ['fullMembers'],
              code: 'cell_too_small',
              message: 'Chi bộ cần ít nhất 3 đảng viên chính thức; số liệu ghi 2 / A cell needs at least 3 full members; the figures say 2',
            },
          ],
        },
        { line: 4, key: null, asOf: null, outcome: 'rejected', revision: null, issues: [{ path: ['kind'], message: 'bad' }], warnings: [] },
      ],
    };
    expect(ImportReportSchema.parse(report)).toEqual(report);
    expect(ImportReportSchema.safeParse({ ...report, summary: { created: 1 } }).success).toBe(false);
    expect(ImportReportSchema.safeParse({ ...report, rows: [{ ...report.rows[0], warnings: [{ path: [], code: 'made_up', message: 'x' }] }] }).success).toBe(
      false,
    );
  });
});
