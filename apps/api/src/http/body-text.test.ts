import { describe, expect, it } from 'vitest';
import { ApiException } from './api-exception.ts';
import { bodyText } from './body-text.ts';

describe('bodyText', () => {
  it('composes every string, at any depth, and leaves the rest alone', () => {
    const nfd = 'Sả Hồ'.normalize('NFD');
    expect(bodyText({ name: nfd, sources: [{ title: nfd, url: null }], n: 3, ok: true })).toEqual({
      name: 'Sả Hồ',
      sources: [{ title: 'Sả Hồ', url: null }],
      n: 3,
      ok: true,
    });
  });

  it('refuses unpaired surrogates and NUL characters, naming where they are', () => {
    try {
      bodyText({ name: 'a\ud800b', sources: [{ title: 'x\u0000y' }], fine: '🎯' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiException);
      expect((error as ApiException).status).toBe(400);
      expect((error as ApiException).issues?.map((i) => i.path)).toEqual([
        ['body', 'name'],
        ['body', 'sources', 0, 'title'],
      ]);
    }
  });
});
