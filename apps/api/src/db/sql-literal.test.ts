import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sqlLiteral } from './sql-literal.ts';

describe('sqlLiteral', () => {
  it('writes NULL, numbers and booleans bare', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(53)).toBe('53');
    expect(sqlLiteral(0.6)).toBe('0.6');
    expect(sqlLiteral(true)).toBe('1');
  });

  it('round-trips hostile and Vietnamese text through SQLite unchanged', async () => {
    const texts = ["O'Neil", "'); DROP TABLE organizations; --", 'Sả Hồ', '<script>alert(1)</script>', 'a\nb\\c"d'];
    for (const text of texts) {
      expect(await env.DB.prepare(`SELECT ${sqlLiteral(text)} AS v`).first('v')).toBe(text);
    }
  });

  it('refuses what SQL cannot hold as a literal', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral(Infinity)).toThrow(RangeError);
    expect(() => sqlLiteral('a\u0000b')).toThrow(RangeError);
  });
});
