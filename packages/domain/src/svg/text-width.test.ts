import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width.ts';

describe('textWidth', () => {
  it('adds up the bundled font’s advances, bold wider than regular', () => {
    expect(textWidth('53', { size: 44, weight: 800 })).toBeCloseTo(61.248);
    expect(textWidth('Mường', { size: 10 })).toBeLessThan(textWidth('Mường', { size: 10, weight: 700 }));
  });

  it('gives a Vietnamese letter its base letter’s width, typed precomposed or decomposed', () => {
    expect(textWidth('ắ', { size: 10 })).toBe(textWidth('a', { size: 10 }));
    expect(textWidth('Mường Khương', { size: 13 })).toBe(textWidth('Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng', { size: 13 }));
    expect(textWidth('Ờ', { size: 10 })).not.toBe(textWidth('O', { size: 10 }));
  });

  it('counts a full em for characters it does not know, never zero', () => {
    expect(textWidth('中', { size: 20 })).toBe(20);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”', 200, { size: 13 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, { size: 13 })).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
  });

  it('keeps a no-break space together', () => {
    expect(wrapText('đạt 265\u00a0%', 60, { size: 13 })).toEqual(['đạt', '265\u00a0%']);
  });

  it('cuts a word wider than the line, and loses no character', () => {
    const word = 'x'.repeat(80);
    const lines = wrapText(word, 100, { size: 13 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(textWidth(line, { size: 13 })).toBeLessThanOrEqual(100);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('  \n ', 100, { size: 13 })).toEqual([]);
  });
});
