import { describe, expect, it } from 'vitest';
import { distinctSources, sourceFingerprint } from './source-identity.ts';

const a = { publisher: 'Báo Lào Cai', title: 'T', url: null, publishedOn: null };

describe('sourceFingerprint', () => {
  it('is the same for equal sources and differs when any field differs', () => {
    expect(sourceFingerprint({ ...a })).toBe(sourceFingerprint(a));
    expect(sourceFingerprint({ ...a, publishedOn: '2024-12-31' })).not.toBe(sourceFingerprint(a));
    expect(sourceFingerprint({ ...a, title: null })).not.toBe(sourceFingerprint(a));
  });
});

describe('distinctSources', () => {
  it('drops repeats and keeps the first order', () => {
    const b = { ...a, title: 'U' };
    expect(distinctSources([a, b, { ...a }, b])).toEqual([a, b]);
  });
});
