import { describe, expect, it } from 'vitest';
import { displayTextIssue, normalizedTextSchema } from './normalized-text.ts';

describe('normalizedTextSchema', () => {
  const name = normalizedTextSchema(200);

  it('stores NFC, trimmed', () => {
    expect(name.parse('  Sa\u0309 Hô\u0300 ')).toBe('Sả Hồ');
  });

  it('measures the text after NFC: 200 × U+FB2C grows to 600 and is refused', () => {
    expect('\uFB2C'.normalize('NFC')).toHaveLength(3);
    expect(name.safeParse('\uFB2C'.repeat(200)).success).toBe(false);
    expect(name.parse('\uFB2C'.repeat(66))).toHaveLength(198);
  });

  it.each([
    ['a right-to-left override', 'Đảng bộ \u202Excám'],
    ['a left-to-right isolate', 'Đảng bộ \u2066x\u2069'],
    ['a line break', 'Đảng bộ\nxã'],
    ['a Unicode line separator', 'Đảng bộ\u2028xã'],
    ['a Unicode paragraph separator', 'Đảng bộ\u2029xã'],
    ['a C1 control', 'Đảng bộ\u0085'],
    ['only zero-width spaces', '\u200B\u200B'],
    ['only a Hangul filler', '\u3164'],
    ['only combining marks', '\u0301\u0300'],
    ['nothing after trimming', '   '],
  ])('refuses %s', (_, text) => {
    expect(name.safeParse(text).success).toBe(false);
  });

  it('keeps a zero-width joiner inside visible text', () => {
    expect(name.parse('Chi bộ\u200DA')).toBe('Chi bộ\u200DA');
  });

  it('allows empty text when min is 0', () => {
    expect(normalizedTextSchema(500, { min: 0 }).parse('')).toBe('');
  });
});

describe('displayTextIssue', () => {
  it('names what is wrong', () => {
    expect(displayTextIssue('a\u202Eb')).toMatch(/bidirectional/);
    expect(displayTextIssue('a\tb')).toMatch(/control/);
    expect(displayTextIssue('\u200B')).toMatch(/visible/);
    expect(displayTextIssue('Mường Khương')).toBeNull();
  });
});
