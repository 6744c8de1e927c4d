/**
 * The histories the data desk reviews: every revision of an organisation, of an admission record, or
 * of an organisation's cell censuses, with the figures as they stood and who wrote each revision (from the
 * audit log, written in the same batch as the revision). Revisions with no audit entry (the seed's)
 * have no author.
 */
import { OrganizationInputSchema, type AdmissionRevision, type CellCensusRevision, type OrganizationRevision, type RevisionAuthor } from '@chitieu/domain';
import { ADMISSION_VERSIONS_SQL, toAdmissionInput, type AdmissionVersionRow } from './admission-records.ts';
import { cellsJsonSql, parseCellsJson } from './cell-censuses.ts';
import type { Database } from './database.ts';
import { findOrganization } from './organizations.ts';
import { parseSourcesJson, sourcesJsonSql } from './sources.ts';

type AuthorColumns = { actor: string | null; label: string | null; newsroom: string | null };

/**
 * Columns naming the author of revision `v.revision` of a resource: the latest audit entry that
 * `match` (an SQL condition over `l`, the caller's code) picks for it.
 */
function authorJoin(match: string): string {
  return `LEFT JOIN audit_log au ON au.id = (SELECT MAX(l.id) FROM audit_log l WHERE ${match} AND l.revision = v.revision)
    LEFT JOIN api_keys k ON k.id = au.actor LEFT JOIN newsrooms n ON n.id = au.newsroom_id`;
}

const AUTHOR_COLUMNS = 'au.actor, k.label, n.slug AS newsroom';

function authorOf(row: AuthorColumns): RevisionAuthor | null {
  return row.actor === null ? null : { actor: row.actor, label: row.label, newsroom: row.newsroom };
}

type AdmissionHistoryRow = AdmissionVersionRow & AuthorColumns & { revision: number; updated_at: string; deleted: number };

/** Every revision of an admission record, newest first; null when the organisation has no record for the period. */
export async function admissionHistory(db: Database, organization: string, period: string): Promise<AdmissionRevision[] | null> {
  const resource = `/v1/organizations/${organization}/admissions/${period}`;
  const { results } = await db
    .prepare(
      `WITH record AS (
         SELECT a.* FROM admission_records a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = ?1 AND a.period = ?2
       ),
       ${ADMISSION_VERSIONS_SQL}
       SELECT v.*, ${AUTHOR_COLUMNS} FROM versions v ${authorJoin('l.resource = ?3')}
       ORDER BY v.revision DESC`,
    )
    .bind(organization, period, resource)
    .all<AdmissionHistoryRow>();
  if (results.length === 0) return null;
  return results.map((row) => ({
    revision: row.revision,
    updatedAt: row.updated_at,
    by: authorOf(row),
    deleted: row.deleted === 1,
    record: toAdmissionInput(row),
  }));
}

type CensusHistoryRow = AuthorColumns & {
  revision: number;
  term: string | null;
  as_of: string;
  updated_at: string;
  sources: string;
  cells: string;
};

/**
 * Every revision of an organisation's cell censuses (all days share one sequence), newest first; an
 * empty list when it has none. Censuses loaded together by the seed may share a revision: the later
 * day comes first.
 */
export async function cellCensusHistory(db: Database, organization: string): Promise<CellCensusRevision[]> {
  const { results } = await db
    .prepare(
      `WITH versions AS (
         SELECT c.revision, c.term, c.as_of, c.updated_at, ${sourcesJsonSql('cellCensus', 'c.id')} AS sources, ${cellsJsonSql('c.id')} AS cells
         FROM cell_censuses c JOIN organizations o ON o.id = c.organization_id WHERE o.slug = ?1
         UNION ALL
         SELECT h.revision, h.term, h.as_of, h.updated_at, h.sources, h.cells
         FROM cell_census_revisions h JOIN cell_censuses c ON c.id = h.cell_census_id JOIN organizations o ON o.id = c.organization_id
         WHERE o.slug = ?1
       )
       SELECT v.*, ${AUTHOR_COLUMNS} FROM versions v
         ${authorJoin('l.organization = ?1 AND substr(l.resource, 1, length(?2)) = ?2')}
       ORDER BY v.revision DESC, v.as_of DESC`,
    )
    .bind(organization, `/v1/organizations/${organization}/cells`)
    .all<CensusHistoryRow>();
  return results.map((row) => ({
    revision: row.revision,
    updatedAt: row.updated_at,
    by: authorOf(row),
    asOf: row.as_of,
    term: row.term,
    cells: parseCellsJson(row.cells),
    sources: parseSourcesJson(row.sources),
  }));
}

type OrganizationHistoryRow = AuthorColumns & { revision: number; updated_at: string; record: string | null };

/** The stored JSON of a superseded organisation (organization_revisions.record) as the body of a PUT. */
function organizationInputOf(json: string) {
  const stored = JSON.parse(json) as Record<string, unknown>;
  // Older SQLite versions keep a subquery's JSON array as text inside json_object.
  const successors = typeof stored['successors'] === 'string' ? JSON.parse(stored['successors']) : stored['successors'];
  return OrganizationInputSchema.parse({
    name: stored['name'],
    kind: stored['kind'],
    parent: stored['parent'],
    validFrom: stored['validFrom'],
    validTo: stored['validTo'],
    successors,
  });
}

/** Every revision of an organisation, newest first; null when there is no such organisation. */
export async function organizationHistory(db: Database, organization: string): Promise<OrganizationRevision[] | null> {
  const current = await findOrganization(db, organization);
  if (!current) return null;
  const { results } = await db
    .prepare(
      `WITH versions AS (
         SELECT ?2 AS revision, ?3 AS updated_at, NULL AS record
         UNION ALL
         SELECT h.revision, h.updated_at, h.record FROM organization_revisions h JOIN organizations o ON o.id = h.organization_id WHERE o.slug = ?1
       )
       SELECT v.*, ${AUTHOR_COLUMNS} FROM versions v ${authorJoin('l.resource = ?4')}
       ORDER BY v.revision DESC`,
    )
    .bind(organization, current.record.revision, current.record.updatedAt, `/v1/organizations/${organization}`)
    .all<OrganizationHistoryRow>();
  const { name, kind, parent, validFrom, validTo, successors } = current.record;
  return results.map((row) => ({
    revision: row.revision,
    updatedAt: row.updated_at,
    by: authorOf(row),
    record: row.record === null ? { name, kind, parent, validFrom, validTo, successors } : organizationInputOf(row.record),
  }));
}
