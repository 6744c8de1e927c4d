import { describe, expect, it } from 'vitest';
import { readCount, readDate, readTarget, readText } from './import-values.ts';

describe('readCount', () => {
  it.each([
    ['53', 53],
    [' 53 ', 53],
    ['0', 0],
    ['1783', 1783],
    ['1.783', 1783],
    ['1,783', 1783],
    ['1 783', 1783],
    ['1\u00a0783', 1783],
    ['1.234.567', 1_234_567],
  ])('reads %j as %i', (text, value) => expect(readCount(text)).toEqual({ ok: true, value }));

  it('reads a blank field as null', () => {
    expect(readCount('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['5.5', '1.78', '1,7834', '1.234,567', '-1', '+2', '1e3', 'năm mươi', '12a', '99999999999999999999'])('refuses %j', (text) => {
    expect(readCount(text).ok).toBe(false);
  });
});

describe('readDate', () => {
  it.each([
    ['2024-12-31', '2024-12-31'],
    ['31/12/2024', '2024-12-31'],
    ['1/7/2025', '2025-07-01'],
    ['01.07.2025', '2025-07-01'],
  ])('reads %j as %j', (text, value) => expect(readDate(text)).toEqual({ ok: true, value }));

  it.each(['2024-02-30', '30/02/2024', '12/31/2024', '2024/12/31', '31-12-2024', 'hôm nay'])('refuses %j', (text) => {
    expect(readDate(text).ok).toBe(false);
  });

  it('reads a blank field as null', () => expect(readDate('')).toEqual({ ok: true, value: null }));
});

describe('readTarget', () => {
  it.each([
    ['20', { min: 20, max: 20 }],
    ['90-100', { min: 90, max: 100 }],
    ['90–100', { min: 90, max: 100 }],
    ['90 — 100', { min: 90, max: 100 }],
    ['1.000-1.200', { min: 1000, max: 1200 }],
  ])('reads %j', (text, value) => expect(readTarget(text)).toEqual({ ok: true, value }));

  it.each(['20-', '-20', '1-2-3', 'hai mươi', '20.5'])('refuses %j', (text) => expect(readTarget(text).ok).toBe(false));

  it('reads a blank field as null, and leaves the order of a range to the schema', () => {
    expect(readTarget(' ')).toEqual({ ok: true, value: null });
    expect(readTarget('100-90')).toEqual({ ok: true, value: { min: 100, max: 90 } });
  });
});

describe('readText', () => {
  it('trims, and reads a blank field as null', () => {
    expect(readText('  Na Đẩy ')).toBe('Na Đẩy');
    expect(readText(' \t')).toBeNull();
  });
});
