import { describe, expect, it } from 'vitest';
import { decodeCursor, DEFAULT_PAGE_SIZE, directoryQuery, encodeCursor } from './directory-query.ts';

describe('the directory cursor', () => {
  it('gives back the slug it was made from, and is URL-safe', () => {
    for (const slug of ['a', 'muong-khuong', 'x'.repeat(100)]) {
      const cursor = encodeCursor(slug);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(slug);
    }
  });

  it.each(['', 'muong-khuong', '!!!', btoa('o2:muong-khuong'), btoa('o1:Muong Khuong'), btoa('o1:')])('refuses %j', (text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});

describe('directoryQuery', () => {
  it('answers every organisation when no parameter is given, and pages once any is', () => {
    expect(directoryQuery({}, '2026-12-03').limit).toBeNull();
    expect(directoryQuery({ kind: 'district' }, '2026-12-03').limit).toBe(DEFAULT_PAGE_SIZE);
    expect(directoryQuery({ limit: '7' }, '2026-12-03').limit).toBe(7);
  });

  it('folds q and reads the cursor', () => {
    expect(directoryQuery({ q: ' Mường  KHƯƠNG ', cursor: encodeCursor('lao-cai') }, '2026-12-03')).toMatchObject({ q: 'muong khuong', after: 'lao-cai' });
  });
});
