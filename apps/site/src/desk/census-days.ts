/**
 * The days an organisation's cells were counted, from its cell history: each day once, as its newest
 * revision left it. Knows nothing of the page or the API.
 */
import type { CellCensusRevision, RevisionAuthor } from '@chitieu/domain';

/** One census day: how many cells it holds, and its newest revision (who, when). */
export interface CensusDay {
  readonly asOf: string;
  readonly cells: number;
  readonly revision: number;
  readonly updatedAt: string;
  readonly by: RevisionAuthor | null;
}

/**
 * The census days of a history (newest revision first, as the API answers), the latest day first.
 *
 * @example censusDays(history.revisions) // [{ asOf: '2024-12-31', cells: 25, revision: 3, … }, { asOf: '2024-06-30', … }]
 */
export function censusDays(revisions: readonly CellCensusRevision[]): CensusDay[] {
  const days = new Map<string, CensusDay>();
  for (const revision of revisions) {
    const known = days.get(revision.asOf);
    if (known !== undefined && known.revision >= revision.revision) continue;
    days.set(revision.asOf, { asOf: revision.asOf, cells: revision.cells.length, revision: revision.revision, updatedAt: revision.updatedAt, by: revision.by });
  }
  return [...days.values()].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0));
}
