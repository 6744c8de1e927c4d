import { describe, expect, it } from 'vitest';
import { ADMISSION_IMPORT_COLUMNS, readAdmissionRow } from './admission-import.ts';
import { mapColumns } from './import-table.ts';

function columnsOf(header: string[]) {
  const result = mapColumns(header, ADMISSION_IMPORT_COLUMNS);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.columns;
}

const HEADER = ['period', 'admitted', 'target', 'termToDateTerm', 'termToDateAdmitted', 'totalMembers', 'asOf', 'sourcePublisher', 'sourceTitle'];
const columns = columnsOf(HEADER);
const row = (fields: string[]) => readAdmissionRow({ line: 2, fields }, columns);

describe('readAdmissionRow', () => {
  it('reads the article’s 2024 figures', () => {
    expect(row(['2024', '53', '20', '2020-2025', '93', '454', '31/12/2024', 'Báo Lào Cai', 'Kết quả vượt bậc trong phát triển đảng viên'])).toEqual({
      line: 2,
      key: '2024',
      ok: true,
      value: {
        period: '2024',
        record: {
          admitted: 53,
          target: { min: 20, max: 20 },
          termToDate: { term: '2020-2025', admitted: 93 },
          totalMembers: 454,
          asOf: '2024-12-31',
          sources: [{ publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }],
        },
      },
    });
  });

  it('reads a range target and blanks as unknowns', () => {
    expect(row(['2025', '1.783', '90–100', '', '', '', '2025-06-30', 'Báo Lào Cai', ''])).toMatchObject({
      ok: true,
      value: { record: { admitted: 1783, target: { min: 90, max: 100 }, termToDate: null, totalMembers: null } },
    });
  });

  it('accepts Vietnamese headers', () => {
    const vi = columnsOf(['Năm', 'Kết nạp', 'Chỉ tiêu', 'Ngày số liệu', 'Nguồn']);
    expect(readAdmissionRow({ line: 3, fields: ['2024', '53', '20', '2024-12-31', 'Báo Lào Cai'] }, vi)).toMatchObject({ ok: true, key: '2024' });
  });

  it('reports each problem against its column, once', () => {
    const result = row(['2025-2020', 'năm mươi', '30-20', '2020-2025', '', '-4', '', '', '']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.key).toBeNull();
    expect(result.issues.map((i) => i.path[0])).toEqual(['period', 'admitted', 'totalMembers', 'asOf', 'termToDateAdmitted', 'sourcePublisher', 'target']);
  });

  it('needs a source for every record', () => {
    expect(row(['2024', '53', '', '', '', '', '2024-12-31', '', 'A title alone'])).toMatchObject({
      ok: false,
      key: '2024',
      issues: [{ path: ['sourcePublisher'] }],
    });
  });

  it('needs the admitted figure', () => {
    expect(row(['2024', '', '', '', '', '', '2024-12-31', 'Báo Lào Cai', ''])).toMatchObject({
      ok: false,
      issues: [{ path: ['admitted'], message: expect.stringContaining('required') }],
    });
  });
});
