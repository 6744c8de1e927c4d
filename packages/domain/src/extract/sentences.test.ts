import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences.ts';

const split = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits at full stops before a capital and at line breaks', () => {
    expect(split('Năm 2024 kết nạp 53 đảng viên. Tổng số là 454.\nĐảng bộ có 25 chi bộ')).toEqual([
      'Năm 2024 kết nạp 53 đảng viên.',
      'Tổng số là 454.',
      'Đảng bộ có 25 chi bộ',
    ]);
  });

  it('keeps thousands, short dates and "TP." inside a sentence', () => {
    expect(split('Đến 30.5 có 1.351 đảng viên ở TP. Lào Cai. Hết.')).toEqual(['Đến 30.5 có 1.351 đảng viên ở TP. Lào Cai.', 'Hết.']);
  });
});
