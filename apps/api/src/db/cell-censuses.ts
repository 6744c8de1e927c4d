/**
 * Queries on cell censuses (an organisation's cells and committee statuses on one day) and their
 * history; rows become domain Cells. The revisions of all an organisation's censuses share one
 * sequence, so a revision names one census version whatever its day.
 */
import { CellSchema, type Cell } from '@chitieu/domain';
import type { StoredCensus } from '@chitieu/embed';
import type { VersionSelector } from './admission-records.ts';
import type { Database } from './database.ts';
import { organizationAt } from './organization-history.ts';
import { parseSuccessorRefs, successorRefsSql } from './organizations.ts';
import { parseSourcesJson, sourcesJsonSql } from './sources.ts';

/** A stored census: the cells in the source's order, the term their statuses refer to, and its sources. */
export type CellCensusRecord = StoredCensus;

type CensusRow = {
  organization_slug: string;
  organization_name: string;
  organization_valid_to: string | null;
  organization_successors: string;
  term: string | null;
  as_of: string;
  revision: number;
  updated_at: string;
  sources: string;
  cells: string;
};

type CellJson = {
  slug: string;
  name: string | null;
  kind: string;
  committee: string;
  committee_formed_on: string | null;
  full_members: number | null;
};

/**
 * A scalar subquery: the live (not deleted) cells of the census whose id is `censusId` (an SQL
 * expression of the outer query, never user input) as a JSON array, in the source's order. The
 * revisions table stores the same JSON.
 */
export function cellsJsonSql(censusId: string): string {
  return `(SELECT json_group_array(json_object('slug', slug, 'name', name, 'kind', kind, 'committee', committee,
      'committee_formed_on', committee_formed_on, 'full_members', full_members))
    FROM (SELECT * FROM cells WHERE census_id = ${censusId} AND deleted_at IS NULL ORDER BY position))`;
}

const ORGANIZATION_COLUMNS = `o.slug AS organization_slug, o.name AS organization_name, o.valid_to AS organization_valid_to,
  ${successorRefsSql('o.id')} AS organization_successors`;

// One round trip: the census, its sources and its cells (as JSON) in a single row.
const SELECT_LATEST_CENSUS = `
  SELECT ${ORGANIZATION_COLUMNS}, c.term, c.as_of, c.revision, c.updated_at,
    ${sourcesJsonSql('cellCensus', 'c.id')} AS sources, ${cellsJsonSql('c.id')} AS cells
  FROM cell_censuses c JOIN organizations o ON o.id = c.organization_id
  WHERE o.slug = ?1 AND (?2 IS NULL OR c.as_of <= ?2)
  ORDER BY c.as_of DESC
  LIMIT 1`;

// Every version of every census of the organisation, live and superseded. Should several share the
// revision (only censuses loaded by the seed, all at revision 1), the latest day wins.
const SELECT_CENSUS_REVISION = `
  WITH versions AS (
    SELECT c.organization_id, c.revision, c.term, c.as_of, c.updated_at,
      ${sourcesJsonSql('cellCensus', 'c.id')} AS sources, ${cellsJsonSql('c.id')} AS cells
    FROM cell_censuses c JOIN organizations o ON o.id = c.organization_id WHERE o.slug = ?1
    UNION ALL
    SELECT c.organization_id, h.revision, h.term, h.as_of, h.updated_at, h.sources, h.cells
    FROM cell_census_revisions h JOIN cell_censuses c ON c.id = h.cell_census_id JOIN organizations o ON o.id = c.organization_id
    WHERE o.slug = ?1
  )
  SELECT ${ORGANIZATION_COLUMNS}, v.term, v.as_of, v.revision, v.updated_at, v.sources, v.cells
  FROM versions v JOIN organizations o ON o.id = v.organization_id
  WHERE v.revision = ?2
  ORDER BY v.as_of DESC
  LIMIT 1`;

function toCell(json: CellJson): Cell {
  return CellSchema.parse({
    slug: json.slug,
    name: json.name,
    kind: json.kind,
    committee: json.committee,
    committeeFormedOn: json.committee_formed_on,
    fullMembers: json.full_members,
  });
}

/** Parses the JSON of `cellsJsonSql`. */
export function parseCellsJson(json: string): Cell[] {
  return (JSON.parse(json) as CellJson[]).map(toCell);
}

/**
 * The organisation's census in the version the selector asks for: by default its latest (by day);
 * with `asOf` its latest on or before that day; with `revision` that version, whatever its day.
 * Null when there is none.
 */
export async function findCellCensus(db: Database, organization: string, selector: VersionSelector): Promise<CellCensusRecord | null> {
  const statement =
    selector.kind === 'revision'
      ? db.prepare(SELECT_CENSUS_REVISION).bind(organization, selector.revision)
      : db.prepare(SELECT_LATEST_CENSUS).bind(organization, selector.kind === 'asOf' ? selector.asOf : null);
  const row = await statement.first<CensusRow>();
  if (!row) return null;
  // A pinned revision is cached as immutable: it shows the organisation as it stood when it was written.
  const pinned = selector.kind === 'revision' ? await organizationAt(db, row.organization_slug, row.updated_at) : null;
  return {
    organization: pinned?.organization ?? { slug: row.organization_slug, name: row.organization_name },
    term: row.term,
    asOf: row.as_of,
    cells: parseCellsJson(row.cells),
    sources: parseSourcesJson(row.sources),
    revision: row.revision,
    updatedAt: row.updated_at,
    organizationValidTo: pinned ? pinned.validTo : row.organization_valid_to,
    successors: pinned?.successors ?? parseSuccessorRefs(row.organization_successors),
  };
}
