import { describe, expect, it } from 'vitest';
import { COUNT, decimalsOf, parseViNumber } from './numbers.ts';

describe('parseViNumber', () => {
  it.each([
    ['53', 53],
    ['1.783', 1783],
    ['87.258', 87258],
    ['12,5', 12.5],
    ['1.234,75', 1234.75],
  ])('reads %s as %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  it.each(['1.5', '12.5%', '2024-2025', '', 'năm'])('refuses %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('COUNT', () => {
  it('finds whole counts but not the parts of a decimal or a date', () => {
    const found = [...'kết nạp 1.351 đảng viên, đạt 48,3%, ngày 30.5'.matchAll(new RegExp(COUNT, 'g'))].map((m) => m[0]);
    expect(found).toEqual(['1.351']);
  });
});

describe('decimalsOf', () => {
  it('counts the digits after the decimal comma', () => {
    expect(decimalsOf('72')).toBe(0);
    expect(decimalsOf('12,5')).toBe(1);
    expect(decimalsOf('86,66')).toBe(2);
  });
});
