import { countStatuses, progress } from '@chitieu/domain';
import { SEED } from '@chitieu/domain/seed';
import { describe, expect, it } from 'vitest';
import { cellMapSummary, cellMapTitle, gaugeSummary, gaugeTitle, periodName } from './embed-summary.ts';

const organization = { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' };
const admissions = SEED.admissions.find((a) => a.organization === 'muong-khuong' && a.period === '2024')!;
const census = SEED.cellCensuses.find((c) => c.organization === 'muong-khuong')!;
const gauge = { organization, period: '2024', admitted: admissions.admitted, target: admissions.target };
const map = { organization, counts: countStatuses(census.cells), total: census.cells.length };

describe('gaugeSummary', () => {
  it('says the article’s figures in one Vietnamese sentence, as the element’s value text does', () => {
    expect(progress(gauge.admitted, gauge.target)?.delta).toBe(33);
    expect(gaugeSummary(gauge, 'vi')).toBe(
      'Đảng bộ thị trấn Mường Khương (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).',
    );
  });

  it('speaks English, and takes the journalist’s title', () => {
    expect(gaugeSummary(gauge, 'en', 'Mường Khương town')).toBe(
      'Mường Khương town (Year 2024): Admitted 53 members, 33 members above the target of 20 (265%).',
    );
  });
});

describe('cellMapSummary', () => {
  it('counts the cells and each status it has, leaving out the empty ones', () => {
    expect(cellMapSummary(map, 'vi')).toBe(
      'Đảng bộ thị trấn Mường Khương: 25 chi bộ, trong đó có chi ủy từ đầu nhiệm kỳ: 10; thành lập trong nhiệm kỳ: 5; chưa có chi ủy: 2; không rõ: 8.',
    );
    expect(cellMapSummary(map, 'en')).toBe(
      'Đảng bộ thị trấn Mường Khương: 25 cells, of which had a committee at the start of the term: 10; committee formed this term: 5; no committee yet: 2; unknown: 8.',
    );
  });
});

describe('titles', () => {
  it('name what the embed shows', () => {
    expect(gaugeTitle('Đảng bộ thị trấn Mường Khương', '2020-2025', 'vi')).toBe('Đảng bộ thị trấn Mường Khương: kết nạp đảng viên (Nhiệm kỳ 2020–2025)');
    expect(cellMapTitle('Đảng bộ thị trấn Mường Khương', 'en')).toBe('Đảng bộ thị trấn Mường Khương: cell committee status');
    expect(periodName('not a period', 'vi')).toBe('not a period');
  });
});
