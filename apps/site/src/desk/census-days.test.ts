import type { CellCensusRevision } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { censusDays } from './census-days.ts';

function revision(number: number, asOf: string, cells: number): CellCensusRevision {
  return {
    revision: number,
    updatedAt: `2026-12-0${number}T00:00:00.000Z`,
    by: null,
    asOf,
    term: null,
    cells: Array.from({ length: cells }, (_, i) => ({
      slug: `c${i}`,
      name: null,
      kind: 'residential',
      committee: 'unknown',
      committeeFormedOn: null,
      fullMembers: null,
    })) as CellCensusRevision['cells'],
    sources: [],
  };
}

describe('censusDays', () => {
  it('gives each day once, as its newest revision left it, the latest day first', () => {
    const days = censusDays([revision(4, '2024-06-30', 20), revision(3, '2024-12-31', 25), revision(2, '2024-12-31', 24), revision(1, '2024-06-30', 19)]);
    expect(days.map(({ asOf, cells, revision }) => ({ asOf, cells, revision }))).toEqual([
      { asOf: '2024-12-31', cells: 25, revision: 3 },
      { asOf: '2024-06-30', cells: 20, revision: 4 },
    ]);
  });

  it('is empty for an organisation without a census', () => {
    expect(censusDays([])).toEqual([]);
  });
});
