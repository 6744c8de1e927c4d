import { describe, expect, it } from 'vitest';
import { membershipPhrases } from './membership-phrases.ts';

const read = (text: string) => membershipPhrases(text, { start: 0, end: text.length }).map((f) => f.value);

describe('membershipPhrases', () => {
  it('reads the membership the admissions raised, or that the organisation has', () => {
    expect(read('nâng tổng số đảng viên toàn Đảng bộ lên 454 đồng chí')).toEqual([454]);
    expect(read('Đảng bộ xã Nậm Chảy hiện có 286 đảng viên')).toEqual([286]);
    expect(read('Toàn Đảng bộ huyện có 34 TCCS với 6.127 đảng viên')).toEqual([6127]);
  });

  it('leaves a cell’s members, a part of the membership and a share alone', () => {
    expect(read('Chi bộ thôn Na Lốc có 14 đảng viên')).toEqual([]);
    expect(read('nâng tổng số đảng viên của chi bộ lên 41 đồng chí')).toEqual([]);
    expect(read('Đảng bộ có 20 đảng viên nữ')).toEqual([]);
    expect(read('tổng số đảng viên đạt 6,2%')).toEqual([]);
  });
});
