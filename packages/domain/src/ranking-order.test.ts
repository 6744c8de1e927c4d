import { describe, expect, it } from 'vitest';
import { rankSubordinates, RANKING_SORTS } from './ranking-order.ts';
import type { Target } from './target.ts';

const row = (name: string, admitted: number | null, target: Target | null = null) => ({
  organization: { slug: name.toLowerCase(), name },
  admissions: admitted === null ? null : { admitted, target },
});
const names = (rows: readonly { organization: { name: string } }[]) => rows.map((r) => r.organization.name);
const single = (n: number) => ({ min: n, max: n });

const ROWS = [
  row('Bảo Thắng', 12, single(10)), // 120%
  row('Bát Xát', 8, single(10)), // 80%
  row('Át', null), // no figures
  row('Cốc Lếu', 30, null), // figures, no target
  row('Ánh', 45, { min: 40, max: 50 }), // within a range: 45 / 40
  row('Duyên Hải', 5, single(20)), // 25%
];

describe('rankSubordinates', () => {
  it('knows the three orders', () => {
    expect(RANKING_SORTS).toEqual(['percent', 'admitted', 'name']);
  });

  it('ranks by percentage of target (the domain’s ratio), then those without a target by admitted, then those without figures', () => {
    expect(names(rankSubordinates(ROWS, 'percent', 'vi'))).toEqual(['Bảo Thắng', 'Ánh', 'Bát Xát', 'Duyên Hải', 'Cốc Lếu', 'Át']);
  });

  it('ranks by the number admitted, those without figures last', () => {
    expect(names(rankSubordinates(ROWS, 'admitted', 'vi'))).toEqual(['Ánh', 'Cốc Lếu', 'Bảo Thắng', 'Bát Xát', 'Duyên Hải', 'Át']);
  });

  it('orders names as Vietnamese readers do, figures or not', () => {
    expect(names(rankSubordinates(ROWS, 'name', 'vi'))).toEqual(['Ánh', 'Át', 'Bảo Thắng', 'Bát Xát', 'Cốc Lếu', 'Duyên Hải']);
    // Đ is a letter of its own, after D: a binary order would put it after Z.
    expect(names(rankSubordinates([row('Đông', 1), row('Dương', 1), row('Yên', 1)], 'name', 'vi'))).toEqual(['Dương', 'Đông', 'Yên']);
  });

  it('breaks ties by name and leaves its input alone', () => {
    const tied = [row('Hai', 10, single(10)), row('Ba', 10, single(10))];
    expect(names(rankSubordinates(tied, 'percent', 'vi'))).toEqual(['Ba', 'Hai']);
    expect(names(tied)).toEqual(['Hai', 'Ba']);
  });

  it('orders numbered names as the collation does, whether or not it is asked', () => {
    const numbered = ['Đơn vị 9', 'Đơn vị 10', 'Đơn vị 1', 'Đơn vị 02', 'Đơn vị 2a', 'Đơn vị 2', 'Đơn vị Ă', 'Đơn vị A', 'Đơn vị 1 (cũ)', 'đơn vị 3'];
    for (const lang of ['vi', 'en'] as const) {
      const collator = new Intl.Collator(lang === 'vi' ? 'vi-VN' : 'en-GB');
      const expected = [...numbered].sort((a, b) => collator.compare(a, b));
      expect(
        names(
          rankSubordinates(
            numbered.map((name) => row(name, null)),
            'name',
            lang,
          ),
        ),
      ).toEqual(expected);
      expect(
        names(
          rankSubordinates(
            numbered.map((name) => row(name, null)),
            'percent',
            lang,
          ),
        ),
      ).toEqual(expected);
    }
  });
});
