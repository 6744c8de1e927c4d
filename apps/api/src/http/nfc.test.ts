import { describe, expect, it } from 'vitest';
import { nfc } from './nfc.ts';

describe('nfc', () => {
  it('composes every string, at any depth, and leaves the rest alone', () => {
    const nfd = 'Sả Hồ'.normalize('NFD');
    expect(nfc({ name: nfd, sources: [{ title: nfd, url: null }], n: 3, ok: true })).toEqual({
      name: 'Sả Hồ',
      sources: [{ title: 'Sả Hồ', url: null }],
      n: 3,
      ok: true,
    });
  });
});
