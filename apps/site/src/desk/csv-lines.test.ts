import { describe, expect, it } from 'vitest';
import { lineRange } from './csv-lines.ts';

describe('lineRange', () => {
  it('finds a line of LF or CRLF text, without its line break', () => {
    const text = 'slug,kind\r\nna-day,residential\r\nsa-ho,school';
    const second = lineRange(text, 2);
    expect(second && text.slice(second.start, second.end)).toBe('na-day,residential');
    const third = lineRange(text, 3);
    expect(third && text.slice(third.start, third.end)).toBe('sa-ho,school');
  });

  it('answers null for a line the text does not have', () => {
    expect(lineRange('a\nb', 3)).toBeNull();
    expect(lineRange('a', 0)).toBeNull();
  });
});
