import { describe, expect, it } from 'vitest';
import { isoDay, timeMentions } from './dates.ts';

describe('timeMentions', () => {
  it('finds a year, a term with spaces around its dash, and a day without a year', () => {
    const text = 'Năm 2024, nhiệm kỳ 2020 - 2025; tính đến ngày 15-9 đã kết nạp';
    const found = timeMentions(text);
    expect(found.map((m) => m.kind)).toEqual(['year', 'term', 'day']);
    expect(found[1]).toMatchObject({ term: '2020-2025' });
    expect(text.slice(found[1]!.span.start, found[1]!.span.end)).toBe('nhiệm kỳ 2020 - 2025');
    expect(found[2]).toMatchObject({ year: null, month: 9, day: 15 });
  });

  it('reads a term in brackets and a full day with slashes', () => {
    const found = timeMentions('trong nhiệm kỳ (2015-2020); đến 30/6/2024');
    expect(found).toMatchObject([
      { kind: 'term', term: '2015-2020' },
      { kind: 'day', year: 2024, month: 6, day: 30 },
    ]);
  });

  it('reads "6 tháng đầu năm 2024" as the year and its 30 June', () => {
    const found = timeMentions('6 tháng đầu năm 2024');
    expect(found).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'day', year: 2024, month: 6, day: 30 }), expect.objectContaining({ kind: 'year', year: 2024 })]),
    );
  });

  it('ignores a four-digit number that is not said to be a year, and an impossible term', () => {
    expect(timeMentions('có 2024 hộ; nhiệm kỳ 2025 - 2020')).toEqual([]);
  });
});

describe('isoDay', () => {
  it('fills the missing year from the text around it and refuses impossible days', () => {
    expect(isoDay({ year: null, month: 9, day: 15 }, 2024)).toBe('2024-09-15');
    expect(isoDay({ year: null, month: 9, day: 15 }, null)).toBeNull();
    expect(isoDay({ year: 2023, month: 2, day: 30 }, null)).toBeNull();
  });
});
