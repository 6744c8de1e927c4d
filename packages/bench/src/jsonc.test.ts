import { describe, expect, it } from 'vitest';
import { parseJsonc } from './jsonc.ts';

describe('parseJsonc', () => {
  it('drops line and block comments and trailing commas', () => {
    const text = `{
      // The one configuration
      "name": "chitieu-api", /* inline */
      "list": [1, 2,],
    }`;
    expect(parseJsonc(text)).toEqual({ name: 'chitieu-api', list: [1, 2] });
  });

  it('keeps comment-like text and escaped quotes inside strings', () => {
    expect(parseJsonc('{"$schema": "node_modules/x//y", "q": "a \\" // b", "g": "/* no */"}')).toEqual({
      $schema: 'node_modules/x//y',
      q: 'a " // b',
      g: '/* no */',
    });
  });

  it('keeps commas before brackets inside strings', () => {
    expect(parseJsonc('{"a": "x, ]", "b": [1,\n // c\n ],}')).toEqual({ a: 'x, ]', b: [1] });
  });

  it('throws on text that is not JSON once comments are gone', () => {
    expect(() => parseJsonc('{ name: 1 }')).toThrow(SyntaxError);
  });
});
