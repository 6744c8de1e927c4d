import { describe, expect, it } from 'vitest';
import { admissionPhrases } from './admission-phrases.ts';

const read = (text: string) => admissionPhrases(text, { start: 0, end: text.length }).map(({ type, value }) => [type, value]);

describe('admissionPhrases', () => {
  it('tells a plan from a result by the words of its clause', () => {
    expect(read('Năm 2024, Đảng bộ được giao chỉ tiêu kết nạp 20 đảng viên')).toEqual([['target', { min: 20, max: 20 }]]);
    expect(read('Vượt chỉ tiêu, năm 2024 Đảng bộ kết nạp 53 đảng viên')).toEqual([
      ['admitted', 53],
      ['targetStatus', 'exceeded'],
    ]);
  });

  it('reads a range only as a target, never as a result', () => {
    expect(read('mục tiêu mỗi năm kết nạp từ 40 - 45 đảng viên')).toEqual([['target', { min: 40, max: 45 }]]);
    expect(read('bình quân mỗi năm kết nạp từ 40 - 45 đảng viên')).toEqual([]);
  });

  it('needs a target word beside an overshoot or a percentage', () => {
    expect(read('kết nạp 53 đảng viên, vượt 33 đảng viên so với năm trước')).toEqual([['admitted', 53]]);
    expect(read('kết nạp 36 ĐV mới, đạt 72% chỉ tiêu')).toEqual([
      ['admitted', 36],
      ['percentOfTarget', 72],
    ]);
  });

  it('skips approximate numbers and parts of the admissions', () => {
    expect(read('kết nạp được hơn 2.800 đảng viên, đạt trên 110% kế hoạch')).toEqual([]);
    expect(read('kết nạp 21 đảng viên, trong đó kết nạp 8 đảng viên nữ')).toEqual([['admitted', 21]]);
  });

  it('reads nothing in a sentence about another organisation’s members', () => {
    expect(read('Đoàn xã kết nạp 45 đoàn viên mới, đạt 150% chỉ tiêu.')).toEqual([]);
  });
});
