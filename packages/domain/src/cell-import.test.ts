import { describe, expect, it } from 'vitest';
import { CELL_IMPORT_COLUMNS, readCellRow } from './cell-import.ts';
import { mapColumns } from './import-table.ts';

function columnsOf(header: string[]) {
  const result = mapColumns(header, CELL_IMPORT_COLUMNS);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.columns;
}

const HEADER = ['slug', 'name', 'kind', 'committee', 'committeeFormedOn', 'fullMembers', 'asOf', 'term', 'sourcePublisher', 'sourceUrl'];
const columns = columnsOf(HEADER);
const row = (fields: string[], line = 2) => readCellRow({ line, fields }, columns);

describe('readCellRow', () => {
  it('reads a full row into a cell, its census day and term, and its source', () => {
    expect(row(['', 'Na Đẩy', 'residential', 'formed', '', '12', '2024-12-31', '2020-2025', 'Báo Lào Cai', ''])).toEqual({
      line: 2,
      key: 'na-day',
      ok: true,
      value: {
        slug: 'na-day',
        cell: { name: 'Na Đẩy', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: 12 },
        asOf: '2024-12-31',
        term: '2020-2025',
        source: { publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null },
      },
    });
  });

  it('keeps an unnamed cell unnamed, identified by its slug, with unknowns as null', () => {
    const result = row(['to-dan-pho-1', '', 'residential', 'existing', '', '', '31/12/2024', '', '', '']);
    expect(result).toMatchObject({ ok: true, value: { slug: 'to-dan-pho-1', cell: { name: null, fullMembers: null }, term: null, source: null } });
  });

  it('accepts Vietnamese headers and labels, in any case', () => {
    const vi = columnsOf(['Tên chi bộ', 'Loại chi bộ', 'Tình trạng chi ủy', 'Ngày số liệu', 'Nguồn']);
    const result = readCellRow({ line: 5, fields: ['Sả Hồ', 'chi bộ tổ dân phố', 'CHƯA CÓ CHI ỦY', '31/12/2024', 'Báo Lào Cai'] }, vi);
    expect(result).toMatchObject({ ok: true, key: 'sa-ho', value: { cell: { kind: 'residential', committee: 'none' }, asOf: '2024-12-31' } });
  });

  it('reports every problem of a row against the column the desk named', () => {
    const vi = columnsOf(['Tên chi bộ', 'Loại', 'Chi ủy', 'Ngày thành lập chi ủy', 'Đảng viên chính thức', 'Ngày số liệu', 'Nhiệm kỳ', 'Đường dẫn']);
    const result = readCellRow({ line: 7, fields: ['Lao Chải', 'village', 'none', '2024-02-30', 'mười', '', '2025', 'ftp://x'] }, vi);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.key).toBe('lao-chai');
    expect(result.issues.map((i) => i.path[0]).sort()).toEqual(
      ['Loại', 'Ngày thành lập chi ủy', 'Đảng viên chính thức', 'Ngày số liệu', 'Nhiệm kỳ', 'Đường dẫn'].sort(),
    );
  });

  it('enforces the domain rule that only a formed committee has a formation day', () => {
    const result = row(['', 'Sả Hồ', 'residential', 'none', '2025-01-01', '', '2025-06-30', '', '', '']);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['committeeFormedOn'], message: expect.stringContaining('formed') }] });
  });

  it('needs a slug or a name, and a slug in the slug form', () => {
    expect(row(['', '', 'residential', 'unknown', '', '', '2024-12-31', '', '', ''])).toMatchObject({ ok: false, key: null, issues: [{ path: ['slug'] }] });
    expect(row(['Na Đẩy', '', 'residential', 'unknown', '', '', '2024-12-31', '', '', ''])).toMatchObject({
      ok: false,
      key: null,
      issues: [{ path: ['slug'] }],
    });
    expect(row(['', '!!!', 'residential', 'unknown', '', '', '2024-12-31', '', '', ''])).toMatchObject({ ok: false, issues: [{ path: ['name'] }] });
  });

  it('refuses a source without publisher or url, and a row longer than the header', () => {
    const sourceless = readCellRow(
      { line: 2, fields: ['', 'A', 'agency', 'unknown', '2024-12-31', 'Only a title'] },
      columnsOf(['slug', 'name', 'kind', 'committee', 'asOf', 'sourceTitle']),
    );
    expect(sourceless).toMatchObject({ ok: false, issues: [{ path: ['sourcePublisher'], message: expect.stringContaining('publisher or a url') }] });
    const long = row(['', 'A', 'agency', 'unknown', '', '', '2024-12-31', '', '', '', 'extra']);
    expect(long).toMatchObject({ ok: false, issues: [{ path: [], code: 'too_many_fields' }] });
  });
});
