import { describe, expect, it } from 'vitest';
import { changedFields, flattenRecord, mergeRecords } from './record-fields.ts';

describe('flattenRecord', () => {
  it('flattens nested objects, keys arrays of slugged objects by slug and keeps nulls', () => {
    const fields = flattenRecord({ admitted: 53, target: { min: 20, max: null }, cells: [{ slug: 'tdp-2', status: 'formed' }], sources: [{ title: 'A' }] });
    expect([...fields]).toEqual([
      ['admitted', 53],
      ['target.min', 20],
      ['target.max', null],
      ['cells.tdp-2.slug', 'tdp-2'],
      ['cells.tdp-2.status', 'formed'],
      ['sources.0.title', 'A'],
    ]);
  });
});

describe('changedFields', () => {
  it('names every changed, added and removed field and nothing else', () => {
    const before = flattenRecord({ admitted: 53, asOf: '2024-12-31', breakdown: { women: 20 } });
    const after = flattenRecord({ admitted: 54, asOf: '2024-12-31', total: 454 });
    expect(changedFields(before, after)).toEqual([
      { path: 'admitted', before: 53, after: 54 },
      { path: 'total', before: null, after: 454 },
      { path: 'breakdown.women', before: 20, after: null },
    ]);
  });
});

describe('mergeRecords', () => {
  const theirs = {
    admitted: 53,
    target: { min: 20, max: 25 },
    cells: [
      { slug: 'a', status: 'formed' },
      { slug: 'c', status: 'none' },
    ],
  };
  const mine = {
    admitted: 54,
    target: { min: 20, max: 30 },
    cells: [
      { slug: 'a', status: 'none' },
      { slug: 'b', status: 'formed' },
    ],
  };

  it('keeps mine where nothing says otherwise', () => {
    expect(mergeRecords(mine, theirs, new Map())).toEqual(mine);
  });

  it('takes theirs field by field, matching cells by slug, adding and removing whole cells', () => {
    const merged = mergeRecords(
      mine,
      theirs,
      new Map([
        ['target.max', 'theirs'],
        ['cells.a.status', 'theirs'],
        ['cells.b.slug', 'theirs'],
        ['cells.c.slug', 'theirs'],
        ['admitted', 'mine'],
      ] as const),
    );
    expect(merged).toEqual({
      admitted: 54,
      target: { min: 20, max: 25 },
      cells: [
        { slug: 'a', status: 'formed' },
        { slug: 'c', status: 'none' },
      ],
    });
    // The inputs are left as they were.
    expect(mine.cells).toHaveLength(2);
    expect(mine.target.max).toBe(30);
  });
});
