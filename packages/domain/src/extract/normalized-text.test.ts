import { describe, expect, it } from 'vitest';
import { normalizeWithOffsets } from './normalized-text.ts';

describe('normalizeWithOffsets', () => {
  it('composes NFD Vietnamese and maps a span back to the decomposed characters', () => {
    const original = 'xa\u0303 Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng';
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('xã Mường Khương');
    const start = normalized.text.indexOf('Mường');
    const span = normalized.toOriginal({ start, end: start + 'Mường'.length });
    expect(original.slice(span.start, span.end).normalize('NFC')).toBe('Mường');
    expect(span).toEqual({ start: 4, end: 12 });
  });

  it('leaves NFC text and its offsets as they are', () => {
    const normalized = normalizeWithOffsets('kết nạp 53 đảng viên');
    expect(normalized.text).toBe('kết nạp 53 đảng viên');
    expect(normalized.toOriginal({ start: 8, end: 10 })).toEqual({ start: 8, end: 10 });
  });

  it('maps an empty span at the end of the text to the end of the original', () => {
    const normalized = normalizeWithOffsets('a\u0301');
    expect(normalized.toOriginal({ start: 1, end: 1 })).toEqual({ start: 2, end: 2 });
  });
});
