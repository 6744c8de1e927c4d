import { describe, expect, it } from 'vitest';
import { CELL_KIND_WORDS, cellKindOf, MEMBERS, NAME_LIST, PLAN_CUE, splitNames } from './patterns.ts';

describe('patterns', () => {
  it('knows members written out, abbreviated or counted as comrades', () => {
    const members = new RegExp(`^${MEMBERS}`, 'iu');
    for (const words of ['đảng viên', 'ĐV', 'đồng chí', 'quần chúng ưu tú']) expect(members.test(words), words).toBe(true);
    expect(members.test('đoàn viên')).toBe(false);
  });

  it('tells the kind of cell from the words after "chi bộ"', () => {
    const kind = (words: string) => cellKindOf(new RegExp(`^${CELL_KIND_WORDS}`, 'iu').exec(words)?.[0]);
    expect(kind('thôn, tổ dân phố có cấp ủy')).toBe('residential');
    expect(kind('tổ dân phố')).toBe('residential');
    expect(kind('cơ quan, trường học')).toBe('agencyOrSchool');
    expect(kind('công an')).toBe('police');
    expect(kind('có chi ủy')).toBeNull();
  });

  it('splits a list of names joined by commas and "và"', () => {
    const list = new RegExp(NAME_LIST, 'u').exec('(Na Đẩy, Na Khui, Chúng Chải B, Lao Chải và Sa Pả)')?.[0] ?? '';
    expect(splitNames(list).map((n) => n.name)).toEqual(['Na Đẩy', 'Na Khui', 'Chúng Chải B', 'Lao Chải', 'Sa Pả']);
  });

  it('hears a plan in "chỉ tiêu" and "phấn đấu" but not in a result', () => {
    expect(PLAN_CUE.test('phấn đấu kết nạp')).toBe(true);
    expect(PLAN_CUE.test('đã kết nạp được')).toBe(false);
  });
});
