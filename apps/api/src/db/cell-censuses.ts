/** Queries on cell censuses (an organisation's cells and committee statuses on one day); rows become domain Cells. */
import { CellSchema, type Cell, type OrganizationRef, type Source } from '@chitieu/domain';
import type { Database } from './database.ts';
import { parseSourcesJson, sourcesJsonSql } from './sources.ts';

/** A stored census: the cells in the source's order, the term their statuses refer to, and its sources. */
export type CellCensusRecord = {
  organization: OrganizationRef;
  term: string | null;
  asOf: string;
  cells: Cell[];
  sources: Source[];
  revision: number;
  updatedAt: string;
};

type CensusRow = {
  organization_slug: string;
  organization_name: string;
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

// One round trip: the census, its sources and its cells (as JSON) in a single row.
const SELECT_LATEST_CENSUS = `
  SELECT o.slug AS organization_slug, o.name AS organization_name, c.term, c.as_of, c.revision, c.updated_at,
    ${sourcesJsonSql('cellCensus', 'c.id')} AS sources,
    (SELECT json_group_array(json_object('slug', slug, 'name', name, 'kind', kind, 'committee', committee,
        'committee_formed_on', committee_formed_on, 'full_members', full_members))
     FROM (SELECT * FROM cells WHERE census_id = c.id ORDER BY position)) AS cells
  FROM cell_censuses c JOIN organizations o ON o.id = c.organization_id
  WHERE o.slug = ?1 AND (?2 IS NULL OR c.as_of <= ?2)
  ORDER BY c.as_of DESC
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

/**
 * The organisation's latest census on or before `asOf` (a YYYY-MM-DD date), or its latest of all when
 * `asOf` is null; null when there is none.
 */
export async function findCellCensus(db: Database, organization: string, asOf: string | null): Promise<CellCensusRecord | null> {
  const row = await db.prepare(SELECT_LATEST_CENSUS).bind(organization, asOf).first<CensusRow>();
  if (!row) return null;
  return {
    organization: { slug: row.organization_slug, name: row.organization_name },
    term: row.term,
    asOf: row.as_of,
    cells: (JSON.parse(row.cells) as CellJson[]).map(toCell),
    sources: parseSourcesJson(row.sources),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}
