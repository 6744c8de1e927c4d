import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatTarget, sourceLine } from './format.ts';
import { admissionValueText, deltaSentence, formatPercent, targetPercent } from './gauge-text.ts';
import { progress } from './progress.ts';

const source = { publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null };

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1783, 'vi')).toBe('1.783');
    expect(formatNumber(1783, 'en')).toBe('1,783');
    expect(formatNumber(1_000_000_000_000, 'vi')).toBe('1.000.000.000.000');
  });

  it('rejects NaN and infinity', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('writes a no-break space before % in both languages', () => {
    expect(formatPercent(0.8666, 'vi')).toBe(`86,7%`);
    expect(formatPercent(0.8666, 'en')).toBe(`86.7%`);
    expect(formatPercent(2.65, 'vi')).toBe(`265%`);
    expect(formatPercent(2.65, 'en')).toBe(`265%`);
  });

  it('honours the number of fraction digits', () => {
    expect(formatPercent(0.8666, 'vi', 2)).toBe(`86,66%`);
    expect(formatPercent(0.8666, 'vi', 0)).toBe(`87%`);
  });

  it('groups thousands in huge percentages', () => {
    expect(formatPercent(26.5, 'vi')).toBe(`2.650%`);
  });

  it('rejects NaN', () => {
    expect(() => formatPercent(Number.NaN, 'vi')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('writes day/month/year in Vietnamese and day month year in English', () => {
    expect(formatDate('2024-12-31', 'vi')).toBe('31/12/2024');
    expect(formatDate('2024-12-31', 'en')).toBe('31 Dec 2024');
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
  });

  it('never shifts a day at the edges of the year', () => {
    expect(formatDate('2025-01-01', 'vi')).toBe('01/01/2025');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
  });

  it('rejects dates that do not exist or are not ISO', () => {
    for (const bad of ['2024-02-30', '31/12/2024', '2024-13-01', '']) {
      expect(() => formatDate(bad, 'vi')).toThrow(RangeError);
    }
  });
});

describe('formatTarget', () => {
  it('writes a single target as one number and a range with an en dash', () => {
    expect(formatTarget({ min: 20, max: 20 }, 'vi')).toBe('20');
    expect(formatTarget({ min: 90, max: 100 }, 'vi')).toBe('90–100');
    expect(formatTarget({ min: 1000, max: 1200 }, 'vi')).toBe('1.000–1.200');
  });
});

describe('deltaSentence', () => {
  it('says by how much the target was exceeded', () => {
    expect(deltaSentence({ delta: 33, ratio: 2.65, status: 'above' }, 'vi')).toBe('vượt 33 so với chỉ tiêu');
    expect(deltaSentence({ delta: 33, ratio: 2.65, status: 'above' }, 'en')).toBe('33 above target');
  });

  it('says how much is still missing', () => {
    expect(deltaSentence({ delta: -4, ratio: 0.8, status: 'below' }, 'vi')).toBe('còn thiếu 4 so với chỉ tiêu');
    expect(deltaSentence({ delta: -4, ratio: 0.8, status: 'below' }, 'en')).toBe('4 short of target');
  });

  it('says the target was met', () => {
    expect(deltaSentence({ delta: 0, ratio: 1, status: 'within' }, 'vi')).toBe('đạt chỉ tiêu');
    expect(deltaSentence({ delta: 0, ratio: 1, status: 'within' }, 'en')).toBe('on target');
  });
});

describe('admissionValueText', () => {
  it('writes the Mường Khương 2024 sentence', () => {
    const figure = { admitted: 53, target: { min: 20, max: 20 } };
    expect(admissionValueText(figure, 'vi')).toBe(`Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%)`);
    expect(admissionValueText(figure, 'en')).toBe(`Admitted 53 members, 33 members above the target of 20 (265%)`);
  });

  it('writes a shortfall', () => {
    const figure = { admitted: 16, target: { min: 20, max: 20 } };
    expect(admissionValueText(figure, 'vi')).toBe(`Đã kết nạp 16 đảng viên, còn thiếu 4 đảng viên so với chỉ tiêu 20 (đạt 80%)`);
    expect(admissionValueText(figure, 'en')).toBe(`Admitted 16 members, 4 members short of the target of 20 (80%)`);
  });

  it('writes a met range target without a percentage', () => {
    expect(admissionValueText({ admitted: 95, target: { min: 90, max: 100 } }, 'vi')).toBe('Đã kết nạp 95 đảng viên, đạt chỉ tiêu 90–100');
  });

  it('writes only the count without a target, and no percentage against zero', () => {
    expect(admissionValueText({ admitted: 93, target: null }, 'vi')).toBe('Đã kết nạp 93 đảng viên');
    expect(admissionValueText({ admitted: 1, target: null }, 'en')).toBe('Admitted 1 member');
    expect(admissionValueText({ admitted: 2, target: { min: 0, max: 0 } }, 'en')).toBe('Admitted 2 members, 2 members above the target of 0');
  });

  it('groups thousands in every number', () => {
    expect(admissionValueText({ admitted: 1783, target: { min: 1000, max: 1000 } }, 'vi')).toBe(
      `Đã kết nạp 1.783 đảng viên, vượt 783 đảng viên so với chỉ tiêu 1.000 (đạt 178,3%)`,
    );
  });
});

describe('sourceLine', () => {
  it('credits the publisher and the title in quotes', () => {
    expect(sourceLine([source], 'vi')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
    expect(sourceLine([source], 'en')).toBe('Source: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
  });

  it('adds the publication date and joins several sources with semicolons', () => {
    const dated = { ...source, publishedOn: '2025-01-05' };
    const linkOnly = { publisher: null, title: null, url: 'https://www.example.vn/a/b', publishedOn: null };
    expect(sourceLine([dated, linkOnly], 'vi')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”, 05/01/2025; example.vn');
    expect(sourceLine([dated, linkOnly], 'en')).toMatch(/^Sources: .*5 Jan 2025; example\.vn$/);
  });

  it('says the source is unknown when there is none', () => {
    expect(sourceLine([], 'vi')).toBe('Nguồn: không rõ');
    expect(sourceLine([], 'en')).toBe('Source: unknown');
  });
});

describe('targetPercent', () => {
  it('gives the percentage of the target only outside it', () => {
    expect(targetPercent({ delta: 33, ratio: 2.65, status: 'above' }, 'vi')).toBe('265%');
    expect(targetPercent({ delta: -4, ratio: 0.8, status: 'below' }, 'en')).toBe('80%');
    expect(targetPercent({ delta: 0, ratio: 1.05, status: 'within' }, 'vi')).toBeNull();
    expect(targetPercent({ delta: 2, ratio: null, status: 'above' }, 'vi')).toBeNull();
    expect(targetPercent(null, 'vi')).toBeNull();
  });

  it('writes what formatPercent writes for every extreme ratio progress() gives, exponents included', () => {
    const counts: [number, number][] = [
      [0, 5],
      [1, 1_000_000],
      [1, 1_000_001],
      [1, 1_000_000_000],
      [1, Number.MAX_SAFE_INTEGER],
      [Number.MAX_SAFE_INTEGER, 1],
      [Number.MAX_SAFE_INTEGER, 3],
    ];
    for (const [admitted, target] of counts) {
      const p = progress(admitted, { min: target, max: target });
      for (const lang of ['vi', 'en'] as const) {
        expect(targetPercent(p, lang), `${admitted} of ${target}`).toBe(formatPercent(p!.ratio!, lang));
      }
    }
  });
});
