import { describe, expect, it } from 'vitest';
import { StatusCountsSchema } from './cell.ts';
import { countStatuses } from './status-counts.ts';

describe('countStatuses', () => {
  it('counts every status and reports absent ones as zero', () => {
    const counts = countStatuses([{ committee: 'formed' }, { committee: 'none' }, { committee: 'formed' }]);
    expect(counts).toEqual({ existing: 0, formed: 2, none: 1, ineligible: 0, unknown: 0 });
    expect(StatusCountsSchema.parse(counts)).toEqual(counts);
  });

  it('counts cells not eligible for a committee like any other status', () => {
    const cells = [
      { committee: 'ineligible' },
      { committee: 'existing' },
      { committee: 'ineligible' },
      { committee: 'unknown' },
      { committee: 'ineligible' },
    ] as const;
    expect(countStatuses(cells)).toEqual({ existing: 1, formed: 0, none: 0, ineligible: 3, unknown: 1 });
  });

  it('gives all zeros for no cells', () => {
    expect(countStatuses([])).toEqual({ existing: 0, formed: 0, none: 0, ineligible: 0, unknown: 0 });
  });

  it('keeps the status keys in the canonical order', () => {
    expect(Object.keys(countStatuses([{ committee: 'unknown' }]))).toEqual(['existing', 'formed', 'none', 'ineligible', 'unknown']);
  });
});
