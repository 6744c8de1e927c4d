import { describe, expect, it } from 'vitest';
import { censusText, checkCensus, comparable, emptyRow, EMPTY_SOURCE, rowOf, rowWarnings, type CensusText } from './cell-rows.ts';

const census = (rows: CensusText['rows'], fields: Partial<CensusText> = {}): CensusText => ({
  asOf: '2024-12-31',
  term: '2020-2025',
  source: EMPTY_SOURCE,
  rows,
  ...fields,
});

describe('checkCensus', () => {
  it('turns the typed text into the census write: blanks are unknowns, digits are numbers', () => {
    const checked = checkCensus(census([{ ...emptyRow(), slug: 'na-day', name: ' Na Đẩy ', committee: 'formed', fullMembers: '12' }]));
    expect(checked).toEqual({
      ok: true,
      body: {
        asOf: '2024-12-31',
        term: '2020-2025',
        cells: [{ slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: 12 }],
      },
    });
  });

  it('names the row and field of each problem, as the server would', () => {
    const checked = checkCensus(
      census([
        { ...emptyRow(), slug: 'a' },
        { ...emptyRow(), slug: 'b', fullMembers: '1,5' },
        { ...emptyRow(), slug: 'c', committee: 'formed', committeeFormedOn: '2025-02-01' },
      ]),
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.path)).toEqual(['cells.1.fullMembers']);
    const refused = checkCensus(census([{ ...emptyRow(), slug: 'c', committee: 'formed', committeeFormedOn: '2025-02-01' }]));
    expect(!refused.ok && refused.problems.map((p) => p.path)).toEqual(['cells.0.committeeFormedOn']);
  });

  it('adds the typed source only when something is typed in it', () => {
    const withSource = checkCensus(census([], { source: { publisher: 'Báo Lào Cai', title: '', url: '', publishedOn: '' } }));
    expect(withSource.ok && withSource.body.sources).toEqual([{ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null }]);
    expect(!checkCensus(census([], { asOf: '31/12/2024' })).ok).toBe(true);
  });
});

describe('rowWarnings', () => {
  it('warns of a committee formed in a cell too small to elect one, keyed to its row', () => {
    const small = { ...emptyRow(), slug: 'a', committee: 'formed', fullMembers: '5' };
    const warnings = rowWarnings(census([small, { ...emptyRow(), slug: 'b', committee: 'formed', fullMembers: '12' }]));
    expect(warnings.map((w) => [w.code, w.rowId, w.field])).toEqual([['committee_too_small', small.id, 'committee']]);
  });
});

describe('rowOf and comparable', () => {
  it('finds the row of a path and leaves census fields alone', () => {
    expect(rowOf('cells.3.committee')).toEqual({ index: 3, field: 'committee' });
    expect(rowOf('cells.2')).toEqual({ index: 2, field: 'slug' });
    expect(rowOf('asOf')).toBeNull();
  });

  it('compares censuses without the on-screen row ids', () => {
    const text = censusText({
      organization: { slug: 'x', name: 'X' },
      term: null,
      asOf: '2024-12-31',
      cells: [{ slug: 'a', name: null, kind: 'school', committee: 'none', committeeFormedOn: null, fullMembers: 3 }],
      counts: { existing: 0, formed: 0, none: 1, ineligible: 0, unknown: 0 },
      total: 1,
      sources: [],
    });
    expect(comparable(text)).toEqual({
      asOf: '2024-12-31',
      term: '',
      cells: [{ slug: 'a', name: '', kind: 'school', committee: 'none', committeeFormedOn: '', fullMembers: '3' }],
    });
  });
});
