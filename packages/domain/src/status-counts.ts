// Counts cells per committee status; knows nothing of where the cells come from or how they are drawn.
import { COMMITTEE_STATUSES, type CommitteeStatus, type StatusCounts } from './cell.ts';

/**
 * Counts cells by committee status. Every status is present, zero when no cell has it, so a legend
 * can say "0" rather than leave a status out.
 *
 * @example countStatuses([{ committee: 'formed' }, { committee: 'none' }, { committee: 'formed' }])
 * // { existing: 0, formed: 2, none: 1, ineligible: 0, unknown: 0 }
 */
export function countStatuses(cells: ReadonlyArray<{ committee: CommitteeStatus }>): StatusCounts {
  const counts = Object.fromEntries(COMMITTEE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const cell of cells) counts[cell.committee] += 1;
  return counts;
}
