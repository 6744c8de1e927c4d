import { describe, expect, it } from 'vitest';
import { rankingFiguresText, rankingOutcomeText, rankingTotalsText } from './ranking-text.ts';

const single = (n: number) => ({ min: n, max: n });

describe('rankingOutcomeText', () => {
  it('says the percentage of target in words outside the target, as the gauge shows it', () => {
    expect(rankingOutcomeText({ admitted: 53, target: single(20) }, 'vi')).toBe('đạt 265% chỉ tiêu');
    expect(rankingOutcomeText({ admitted: 8, target: single(10) }, 'en')).toBe('80% of target');
  });

  it('says “on target” within a range, where a percentage of its floor would read as a claim about the whole range', () => {
    expect(rankingOutcomeText({ admitted: 95, target: { min: 90, max: 100 } }, 'vi')).toBe('đạt chỉ tiêu');
  });

  it('falls back to the overshoot in words for a zero target, which has no percentage', () => {
    expect(rankingOutcomeText({ admitted: 3, target: single(0) }, 'vi')).toBe('vượt 3 so với chỉ tiêu');
  });

  it('says the source states no target, and that a row without figures has none (never zero)', () => {
    expect(rankingOutcomeText({ admitted: 3, target: null }, 'vi')).toBe('không nêu chỉ tiêu');
    expect(rankingOutcomeText(null, 'vi')).toBe('chưa có số liệu');
    expect(rankingOutcomeText(null, 'en')).toBe('no figures yet');
  });
});

describe('rankingTotalsText', () => {
  it('heads with the organisation’s own figures, then the sum, then the difference, stated and not reconciled', () => {
    const text = rankingTotalsText(
      {
        total: { admitted: 100, target: single(90) },
        sum: { admitted: 90, target: single(80), reporting: 2, count: 3 },
        difference: { admitted: 10, target: { min: 10, max: 10 } },
      },
      'vi',
    );
    expect(text.total).toBe('Toàn đảng bộ: Đã kết nạp 100 đảng viên, vượt 10 đảng viên so với chỉ tiêu 90 (đạt 111,1%)');
    expect(text.sum).toBe('Cộng 2/3 đơn vị trực thuộc có số liệu: Đã kết nạp 90 đảng viên, vượt 10 đảng viên so với chỉ tiêu 80 (đạt 112,5%)');
    expect(text.differences).toEqual([
      'Số của toàn đảng bộ nhiều hơn tổng các đơn vị trực thuộc 10 đảng viên',
      'Chỉ tiêu của toàn đảng bộ (90) khác tổng chỉ tiêu các đơn vị (80)',
    ]);
  });

  it('says fewer when the subordinates add up to more, in English too', () => {
    const text = rankingTotalsText(
      { total: { admitted: 20, target: null }, sum: { admitted: 25, target: null, reporting: 1, count: 1 }, difference: { admitted: -5, target: null } },
      'en',
    );
    expect(text.differences).toEqual(['The organisation’s own figure is 5 members fewer than the subordinates’ sum']);
  });

  it('has no total line without stored own figures, and no sum line when no subordinate has figures', () => {
    const text = rankingTotalsText({ total: null, sum: { admitted: null, target: null, reporting: 0, count: 4 }, difference: null }, 'vi');
    expect(text).toEqual({ total: null, sum: null, differences: [] });
  });
});

describe('rankingFiguresText', () => {
  it('writes admitted over target as the press does, a range with its dash, the admitted alone without a target, nothing without figures', () => {
    expect(rankingFiguresText({ admitted: 1783, target: single(1500) }, 'vi')).toBe('1.783/1.500');
    expect(rankingFiguresText({ admitted: 95, target: { min: 90, max: 100 } }, 'vi')).toBe('95/90–100');
    expect(rankingFiguresText({ admitted: 7, target: null }, 'en')).toBe('7');
    expect(rankingFiguresText(null, 'vi')).toBeNull();
  });
});
