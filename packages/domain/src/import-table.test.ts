import { describe, expect, it } from 'vitest';
import { columnKey, columnName, extraFieldsIssue, field, mapColumns, type ColumnSpec } from './import-table.ts';

const SPECS: ColumnSpec<'name' | 'asOf' | 'fullMembers'>[] = [
  { key: 'name', aliases: ['tên chi bộ'], required: false, description: 'the name' },
  { key: 'asOf', aliases: ['ngày số liệu'], required: true, description: 'the day' },
  { key: 'fullMembers', aliases: [], required: false, description: 'members' },
];

describe('columnKey', () => {
  it.each([
    ['asOf', 'asof'],
    ['As of', 'asof'],
    ['as_of', 'asof'],
    [' AS-OF ', 'asof'],
    ['Tên chi bộ', 'tenchibo'],
    ['Tên chi bộ'.normalize('NFD'), 'tenchibo'],
    ['***', ''],
  ])('reduces %j to %j', (header, key) => expect(columnKey(header)).toBe(key));
});

describe('mapColumns', () => {
  it('finds each column by its key or an alias, in any case or spacing', () => {
    const result = mapColumns(['Tên chi bộ', 'Full members', 'as_of'], SPECS);
    expect(result).toEqual({ ok: true, columns: { index: { name: 0, fullMembers: 1, asOf: 2 }, header: ['Tên chi bộ', 'Full members', 'as_of'] } });
  });

  it('rejects unknown and repeated columns and names missing required ones', () => {
    const result = mapColumns(['name', 'Name', 'colour'], SPECS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['header', 'Name'], 'duplicate_column'],
      [['header', 'colour'], 'unknown_column'],
      [['header', 'asOf'], 'missing_column'],
    ]);
    expect(result.issues[1]?.message).toContain('name, asOf, fullMembers');
  });
});

describe('field, columnName and extraFieldsIssue', () => {
  const result = mapColumns(['ngày số liệu', 'name'], SPECS);
  if (!result.ok) throw new Error('unexpected');
  const { columns } = result;

  it('read a record by column, blank when the column is absent or the record short', () => {
    expect(field({ line: 2, fields: ['2024-12-31', 'Na Đẩy'] }, columns, 'name')).toBe('Na Đẩy');
    expect(field({ line: 2, fields: ['2024-12-31'] }, columns, 'name')).toBe('');
    expect(field({ line: 2, fields: ['2024-12-31', 'x'] }, columns, 'fullMembers')).toBe('');
  });

  it('name a column as the file does', () => {
    expect(columnName(columns, 'asOf')).toBe('ngày số liệu');
    expect(columnName(columns, 'fullMembers')).toBe('fullMembers');
  });

  it('report a record with more fields than the header', () => {
    expect(extraFieldsIssue({ line: 3, fields: ['a', 'b'] }, columns)).toBeNull();
    expect(extraFieldsIssue({ line: 3, fields: ['a', 'b', 'c'] }, columns)?.message).toMatch(/has 3 fields but the header names 2/);
  });
});
