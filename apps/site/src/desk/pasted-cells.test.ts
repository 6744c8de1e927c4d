import { describe, expect, it } from 'vitest';
import { emptyRow } from './cell-rows.ts';
import { applyPaste, parsePastedCells } from './pasted-cells.ts';

describe('parsePastedCells', () => {
  it('reads tab-separated rows without headers in the table’s column order, with Vietnamese labels', () => {
    const pasted = parsePastedCells('Na Đẩy\t\tChi bộ tổ dân phố\tThành lập trong nhiệm kỳ\t12\t20/05/2025\nSả Hồ\tsa-ho\tresidential\tnone\n');
    expect(pasted.header).toBe(false);
    expect(pasted.lines.map((line) => (line.ok ? { ...line.row, id: '' } : line))).toEqual([
      { id: '', slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed', fullMembers: '12', committeeFormedOn: '2025-05-20' },
      { id: '', slug: 'sa-ho', name: 'Sả Hồ', kind: 'residential', committee: 'none', fullMembers: '', committeeFormedOn: '' },
    ]);
  });

  it('reads a first line of headers, in any order and either language', () => {
    const pasted = parsePastedCells('Tình trạng chi ủy\tTên chi bộ\tLoại\nCó chi ủy từ đầu nhiệm kỳ\tLao Chải\tresidential');
    expect(pasted.header).toBe(true);
    const [line] = pasted.lines;
    expect(line?.ok && line.row).toMatchObject({ slug: 'lao-chai', name: 'Lao Chải', committee: 'existing', kind: 'residential' });
  });

  it('says which line it could not read and why, keeping the others', () => {
    const pasted = parsePastedCells('A\ta\tresidential\tmaybe\nB\tb\tresidential\tnone');
    expect(pasted.lines.map((line) => [line.line, line.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    const [bad] = pasted.lines;
    expect(bad?.ok === false && bad.problems.join()).toContain('committee');
  });

  it('reports an unclosed quote as a problem of the whole paste, and nothing for blank text', () => {
    expect(parsePastedCells('"A\ta\tresidential\tnone').problem).toMatch(/line 1/);
    expect(parsePastedCells(' \n ')).toEqual({ header: false, lines: [], problem: null });
  });
});

describe('applyPaste', () => {
  const row = (slug: string, committee = 'none') => ({ ...emptyRow(), slug, committee });

  it('replaces rows of the same slug in place and adds the others at the end', () => {
    const rows = [row('a'), row('b')];
    const result = applyPaste(rows, [row('b', 'formed'), row('c')], false);
    expect(result.map((r) => [r.slug, r.committee])).toEqual([
      ['a', 'none'],
      ['b', 'formed'],
      ['c', 'none'],
    ]);
    expect(result[1]?.id).toBe(rows[1]?.id);
  });

  it('makes the pasted rows the whole table when replacing', () => {
    expect(applyPaste([row('a')], [row('c')], true).map((r) => r.slug)).toEqual(['c']);
  });
});
