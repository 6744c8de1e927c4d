import { describe, expect, it } from 'vitest';
import { canonicalJson, changedKeys } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('ignores the order of object keys, at every depth, but not of arrays', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

describe('changedKeys', () => {
  it('names the top-level keys whose values differ', () => {
    expect(changedKeys({ a: 1, b: { x: 1, y: 2 }, c: [1] }, { a: 1, b: { y: 2, x: 1 }, c: [2], d: null })).toEqual(['c', 'd']);
  });
});
