/**
 * Writing cells. A cell belongs to a census (the organisation's cells as a source states them on one
 * day). A write names the day: the census of that day changes in place, as its next revision; a day
 * with no census yet starts one from the latest census before it (its cells, when it is about the
 * same term, and its sources), so reads as of earlier days keep their figures. Every revision of an
 * organisation's censuses comes from one sequence, and the superseded one is kept in
 * cell_census_revisions. What a write will do is planned by the domain (planCensusWrite); this file
 * loads what it needs and turns the plan into SQL.
 */
import type { CellChange, CellInput, CensusContext, CensusPlan, CensusState, CensusSummary, StoredCell } from '@chitieu/domain';
import { auditStatement, type Actor } from './audit-log.ts';
import { cellsJsonSql } from './cell-censuses.ts';
import type { Database } from './database.ts';
import { insertSourcesStatements, linkSourceStatement, parseSourcesJson, sourcesJsonSql } from './sources.ts';
import { precondition } from './write-guard.ts';

async function loadCensus(db: Database, summary: CensusSummary): Promise<CensusState> {
  const [cells, sources] = await db.batch([
    db
      .prepare('SELECT slug, name, kind, committee, committee_formed_on, full_members, deleted_at FROM cells WHERE census_id = ?1 ORDER BY position')
      .bind(summary.id),
    db.prepare(`SELECT ${sourcesJsonSql('cellCensus', '?1')} AS sources`).bind(summary.id),
  ]);
  type CellRow = {
    slug: string;
    name: string | null;
    kind: CellInput['kind'];
    committee: CellInput['committee'];
    committee_formed_on: string | null;
    full_members: number | null;
    deleted_at: string | null;
  };
  const map = new Map<string, StoredCell>();
  for (const row of (cells?.results ?? []) as CellRow[]) {
    map.set(row.slug, {
      cell: { name: row.name, kind: row.kind, committee: row.committee, committeeFormedOn: row.committee_formed_on, fullMembers: row.full_members },
      deleted: row.deleted_at !== null,
    });
  }
  const json = (sources?.results?.[0] as { sources: string } | undefined)?.sources ?? '[]';
  return { ...summary, sources: parseSourcesJson(json), cells: map };
}

/**
 * Loads what a write to the census of `asOf` needs; `asOf` null means the organisation's latest
 * census (which then is the target, if there is one).
 */
export async function loadCensusContext(db: Database, organizationId: number, asOf: string | null): Promise<CensusContext> {
  const { results } = await db
    .prepare('SELECT id, as_of AS asOf, term, revision FROM cell_censuses WHERE organization_id = ?1 ORDER BY as_of DESC')
    .bind(organizationId)
    .all<CensusSummary>();
  const maxRevision = results.length === 0 ? null : Math.max(...results.map((r) => r.revision));
  const day = asOf ?? results[0]?.asOf ?? null;
  const target = results.find((r) => r.asOf === day);
  const previous = results.find((r) => day !== null && r.asOf < day);
  return {
    maxRevision,
    target: target ? await loadCensus(db, target) : null,
    previous: previous && !target ? await loadCensus(db, previous) : null,
  };
}

const CENSUS = '(SELECT id FROM cell_censuses WHERE organization_id = ?1 AND as_of = ?2)';

/** The precondition that no census of the organisation changed since the context was loaded (every change takes a new, higher revision). */
export function censusPrecondition(db: Database, organizationId: number, context: CensusContext): D1PreparedStatement {
  return precondition(db, '(SELECT MAX(revision) FROM cell_censuses WHERE organization_id = ?1) IS ?2', organizationId, context.maxRevision);
}

export type CensusWrite = {
  organizationId: number;
  organization: string;
  actor: Actor;
  at: string;
  changes: CellChange[];
  /** Per cell slug, said in its audit entry (e.g. the import line). */
  detail?: (slug: string) => Record<string, unknown>;
};

/** The statements carrying out a plan that changes something (plan.revision not null). */
export function censusStatements(db: Database, plan: CensusPlan & { revision: number }, write: CensusWrite): D1PreparedStatement[] {
  const { organizationId, at } = write;
  const owner = [organizationId, plan.asOf] as const;
  const statements: D1PreparedStatement[] = [];
  if (!plan.createsCensus) {
    statements.push(
      db
        .prepare(
          `INSERT INTO cell_census_revisions (cell_census_id, revision, term, as_of, sources, cells, updated_at)
           SELECT c.id, c.revision, c.term, c.as_of, ${sourcesJsonSql('cellCensus', 'c.id')}, ${cellsJsonSql('c.id')}, c.updated_at
           FROM cell_censuses c WHERE c.id = ${CENSUS}`,
        )
        .bind(...owner),
      db.prepare(`UPDATE cell_censuses SET revision = ?3, updated_at = ?4 WHERE id = ${CENSUS}`).bind(...owner, plan.revision, at),
    );
  } else {
    statements.push(
      db
        .prepare('INSERT INTO cell_censuses (organization_id, as_of, term, revision, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)')
        .bind(...owner, plan.term, plan.revision, at),
    );
    if (plan.copiesBase && plan.base) {
      statements.push(
        db
          .prepare(
            `INSERT INTO cells (census_id, slug, name, kind, committee, committee_formed_on, full_members, position, revision, created_at, updated_at)
             SELECT ${CENSUS}, slug, name, kind, committee, committee_formed_on, full_members, position, 1, ?4, ?4
             FROM cells WHERE census_id = ?3 AND deleted_at IS NULL`,
          )
          .bind(...owner, plan.base.id, at),
        db
          .prepare(
            `INSERT INTO cell_census_sources (cell_census_id, source_id, position)
             SELECT ${CENSUS}, source_id, position FROM cell_census_sources WHERE cell_census_id = ?3`,
          )
          .bind(...owner, plan.base.id),
      );
    }
  }
  for (const change of write.changes) {
    const outcome = plan.outcomes.get(change.slug);
    if (outcome === 'unchanged' || outcome === undefined) continue;
    if ('delete' in change) {
      statements.push(
        db
          .prepare(`UPDATE cells SET deleted_at = ?4, revision = revision + 1, updated_at = ?4 WHERE census_id = ${CENSUS} AND slug = ?3`)
          .bind(...owner, change.slug, at),
      );
    } else {
      const { cell } = change;
      statements.push(
        db
          .prepare(
            `INSERT INTO cells (census_id, slug, name, kind, committee, committee_formed_on, full_members, position, revision, created_at, updated_at)
             VALUES (${CENSUS}, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE((SELECT MAX(position) + 1 FROM cells WHERE census_id = ${CENSUS}), 0), 1, ?9, ?9)
             ON CONFLICT (census_id, slug) DO UPDATE SET name = excluded.name, kind = excluded.kind, committee = excluded.committee,
               committee_formed_on = excluded.committee_formed_on, full_members = excluded.full_members,
               revision = cells.revision + 1, updated_at = excluded.updated_at, deleted_at = NULL`,
          )
          .bind(...owner, change.slug, cell.name, cell.kind, cell.committee, cell.committeeFormedOn, cell.fullMembers, at),
      );
    }
    statements.push(
      auditStatement(db, {
        at,
        actor: write.actor,
        action: outcome === 'created' ? 'cell.create' : outcome === 'deleted' ? 'cell.delete' : 'cell.update',
        organization: write.organization,
        resource: `/v1/organizations/${write.organization}/cells/${change.slug}`,
        revision: plan.revision,
        detail: { asOf: plan.asOf, ...write.detail?.(change.slug) },
      }),
    );
  }
  statements.push(
    ...insertSourcesStatements(db, plan.sourcesToAdd),
    ...plan.sourcesToAdd.map((source) => linkSourceStatement(db, 'cellCensus', CENSUS, owner, source, 'next')),
  );
  if (plan.createsCensus || plan.sourcesToAdd.length > 0) {
    statements.push(
      auditStatement(db, {
        at,
        actor: write.actor,
        action: plan.createsCensus ? 'census.create' : 'census.update',
        organization: write.organization,
        resource: `/v1/organizations/${write.organization}/cells?asOf=${plan.asOf}`,
        revision: plan.revision,
        detail: {
          asOf: plan.asOf,
          ...(plan.createsCensus ? { from: plan.copiesBase ? (plan.base?.asOf ?? null) : null } : {}),
          sourcesAdded: plan.sourcesToAdd.length,
        },
      }),
    );
  }
  return statements;
}
