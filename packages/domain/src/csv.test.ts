import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads a header and records separated by commas and CRLF', () => {
    expect(parseCsv('slug,name\r\nna-day,Na Đẩy\r\nsa-ho,Sả Hồ\r\n')).toEqual({
      delimiter: ',',
      header: ['slug', 'name'],
      records: [
        { line: 2, fields: ['na-day', 'Na Đẩy'] },
        { line: 3, fields: ['sa-ho', 'Sả Hồ'] },
      ],
    });
  });

  it('accepts LF and a lone CR as line ends, and a last line without one', () => {
    expect(fields('a,b\n1,2\r3,4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('drops a UTF-8 byte order mark, as Excel writes it before "CSV UTF-8"', () => {
    expect(parseCsv('\uFEFFname\nNa Khui\n').header).toEqual(['name']);
  });

  it.each([
    [';', 'name;fullMembers\nNa Khui;1.783\n'],
    ['\t', 'name\tkind\nNa Khui\tresidential\n'],
    [',', 'name,note\n"a;b;c",x\n'],
  ])('detects the %j separator from the header', (delimiter, text) => {
    expect(parseCsv(text).delimiter).toBe(delimiter);
  });

  it('does not count separators inside quotes when detecting', () => {
    expect(parseCsv('"a;b;c",d\n').delimiter).toBe(',');
  });

  it('takes the separator it is given', () => {
    expect(parseCsv('a;b,c\n', { delimiter: ',' }).header).toEqual(['a;b', 'c']);
  });

  it('reads quoted fields holding separators, doubled quotes and line breaks, and counts lines right', () => {
    const table = parseCsv('name,note\n"Chi bộ ""A"", B","line one\nline two"\nnext,row\n');
    expect(table.records).toEqual([
      { line: 2, fields: ['Chi bộ "A", B', 'line one\nline two'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('keeps empty fields, quoted or not, and leaves spaces alone', () => {
    expect(fields('a,b,c\n, "" ,\n""\n')).toEqual([['', ' "" ', ''], ['']]);
  });

  it('skips blank lines but reports the line numbers of the file', () => {
    expect(parseCsv('a\n\n\nx\r\n\r\ny\n').records).toEqual([
      { line: 4, fields: ['x'] },
      { line: 6, fields: ['y'] },
    ]);
  });

  it('returns text in NFC, so decomposed Vietnamese matches', () => {
    const [record] = parseCsv(`name\n${'Mường Khương'.normalize('NFD')}\n`).records;
    expect(record?.fields[0]).toBe('Mường Khương');
  });

  it('keeps a quote in the middle of an unquoted field, as spreadsheets do', () => {
    expect(fields('a\nsay "hi"\n')).toEqual([['say "hi"']]);
  });

  it('gives an empty table for empty input', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', header: [], records: [] });
    expect(parseCsv('\uFEFF\r\n')).toEqual({ delimiter: ',', header: [], records: [] });
  });

  it('refuses an unterminated quote, naming the line where the field starts', () => {
    expect(() => parseCsv('a\n"open\nstill open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\nstill open')).toThrow(/^line 2: a quoted field is never closed/);
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a,b\n"x"y,z\n')).toThrow(/^line 2: unexpected "y" after a closing quote/);
  });

  it('round-trips fields written by an RFC 4180 writer', () => {
    const rows = [
      ['Sả Hồ', 'a,b', 'he said "no"', 'two\r\nlines', ''],
      ['x', ';', '\t', ' padded ', '"'],
    ];
    const quote = (f: string) => `"${f.replaceAll('"', '""')}"`;
    const text = ['h1,h2,h3,h4,h5', ...rows.map((r) => r.map(quote).join(','))].join('\r\n');
    expect(fields(text)).toEqual(rows);
  });
});
