/**
 * The census rules: what a write of cells does to the census of its day. A cell belongs to a census
 * (the organisation's cells as a source states them on one day). A write names the day: the census of
 * that day changes in place, as its next revision; a day with no census yet starts one from the latest
 * census before it (its cells, when it is about the same term, and its sources). Every revision of an
 * organisation's censuses comes from one sequence. Knows nothing of storage: the database layer loads
 * the context and carries out the plan.
 */
import type { ApiIssue } from './api-error.ts';
import { changedKeys } from './canonical-json.ts';
import type { CellInput } from './cell.ts';
import type { Source } from './source.ts';
import { distinctSources, sourceFingerprint } from './source-identity.ts';

/** A census as listed: its id, day, term and revision. */
export type CensusSummary = { id: number; asOf: string; term: string | null; revision: number };
/** A cell as stored in a census; a deleted one stays, marked, so writing it again counts as created. */
export type StoredCell = { cell: CellInput; deleted: boolean };
/** A census with its sources and its cells by slug. */
export type CensusState = CensusSummary & { sources: Source[]; cells: Map<string, StoredCell> };

/** The organisation's censuses as a write sees them: the last revision given out, the census of the day, and the one before it. */
export type CensusContext = { maxRevision: number | null; target: CensusState | null; previous: CensusState | null };

/** One change a write makes: a cell written (by slug) or deleted. */
export type CellChange = { slug: string; cell: CellInput } | { slug: string; delete: true };
/** What a change does to its cell. */
export type CellOutcome = 'created' | 'updated' | 'unchanged' | 'deleted';

/** What a write will do to the census of its day. */
export type CensusPlan = {
  asOf: string;
  /** The census the write starts from: the day's own, or the one before it (null: none). Its revision is what If-Match compares. */
  base: CensusState | null;
  createsCensus: boolean;
  term: string | null;
  /** Whether a new census starts with the base's cells and sources (only for the same term). */
  copiesBase: boolean;
  sourcesToAdd: Source[];
  outcomes: Map<string, CellOutcome>;
  /** The census's next revision; null when the write changes nothing. */
  revision: number | null;
};

/**
 * Plans a write of cell changes to the census of `request.asOf`. Issue paths are relative to the
 * write (`asOf`, `term`, `sources`).
 *
 * @example planCensusWrite(context, { asOf: '2025-06-30', term: undefined, sources: [src], changes: [{ slug: 'sa-ho', cell }] })
 */
export function planCensusWrite(
  context: CensusContext,
  request: { asOf: string; term: string | undefined; sources: Source[]; changes: CellChange[] },
): { ok: true; plan: CensusPlan } | { ok: false; issues: ApiIssue[] } {
  const { target, previous } = context;
  const issues: ApiIssue[] = [];
  const term = target ? target.term : (request.term ?? previous?.term ?? null);
  if (target && request.term !== undefined && request.term !== target.term) {
    issues.push({
      path: ['term'],
      code: 'census_term_differs',
      message: `the census of ${target.asOf} is about the term ${target.term ?? '(not stated)'}; a census of another term needs another day`,
    });
  }
  const given = distinctSources(request.sources);
  if (!target && given.length === 0) {
    issues.push({
      path: ['sources'],
      code: 'census_needs_sources',
      message: `there is no census of ${request.asOf} yet, so this write starts one: give its sources`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const copiesBase = !target && previous !== null && previous.term === term;
  const base = target ?? previous;
  const starting = target ? target.cells : copiesBase && previous ? previous.cells : new Map<string, StoredCell>();
  const outcomes = new Map<string, CellOutcome>();
  for (const change of request.changes) {
    const stored = starting.get(change.slug);
    const present = stored !== undefined && !stored.deleted;
    if ('delete' in change) outcomes.set(change.slug, present ? 'deleted' : 'unchanged');
    else if (!present) outcomes.set(change.slug, 'created');
    else outcomes.set(change.slug, changedKeys(stored.cell, change.cell).length === 0 ? 'unchanged' : 'updated');
  }
  const cited = new Set((target ? target.sources : copiesBase && previous ? previous.sources : []).map(sourceFingerprint));
  const sourcesToAdd = given.filter((s) => !cited.has(sourceFingerprint(s)));
  const changes = !target || sourcesToAdd.length > 0 || [...outcomes.values()].some((o) => o !== 'unchanged');
  return {
    ok: true,
    plan: {
      asOf: request.asOf,
      base,
      createsCensus: !target,
      term,
      copiesBase,
      sourcesToAdd,
      outcomes,
      revision: changes ? (context.maxRevision ?? 0) + 1 : null,
    },
  };
}
