/** Queries on organisations (with their parent, successors and newsroom); rows become the domain's OrganizationRecord. */
import { OrganizationRecordSchema, OrganizationRefSchema, type OrganizationRecord, type OrganizationRef } from '@chitieu/domain';
import type { Database } from './database.ts';

/** An organisation as the write path needs it: its record, its internal id and its newsroom's id. */
export type StoredOrganization = {
  id: number;
  newsroomId: number;
  record: OrganizationRecord;
  /** The successors with their names, for the `succeededBy` of reads. */
  successorRefs: OrganizationRef[];
};

type OrganizationRow = {
  id: number;
  slug: string;
  name: string;
  kind: string;
  parent: string | null;
  valid_from: string | null;
  valid_to: string | null;
  newsroom_id: number;
  newsroom: string;
  revision: number;
  updated_at: string;
  successor_refs: string;
};

/**
 * A scalar subquery: the successors of the organisation whose id is `organizationId` (an SQL
 * expression of the outer query, never user input), as a JSON array of {slug, name} in order.
 */
export function successorRefsSql(organizationId: string): string {
  return `(SELECT json_group_array(json_object('slug', slug, 'name', name)) FROM (
    SELECT s.slug, s.name FROM organization_successors os JOIN organizations s ON s.id = os.successor_id
    WHERE os.organization_id = ${organizationId} ORDER BY os.position))`;
}

/** Parses the JSON of `successorRefsSql`. */
export function parseSuccessorRefs(json: string): OrganizationRef[] {
  return OrganizationRefSchema.array().parse(JSON.parse(json));
}

const SELECT_ORGANIZATIONS = `
  SELECT o.id, o.slug, o.name, o.kind, p.slug AS parent, o.valid_from, o.valid_to, o.newsroom_id,
    COALESCE(n.slug, '') AS newsroom, o.revision, o.updated_at, ${successorRefsSql('o.id')} AS successor_refs
  FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id LEFT JOIN newsrooms n ON n.id = o.newsroom_id`;

function toStored(row: OrganizationRow): StoredOrganization {
  const successorRefs = parseSuccessorRefs(row.successor_refs);
  const record = OrganizationRecordSchema.parse({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parent: row.parent,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    successors: successorRefs.map((s) => s.slug),
    newsroom: row.newsroom,
    revision: row.revision,
    updatedAt: row.updated_at,
  });
  return { id: row.id, newsroomId: row.newsroom_id, record, successorRefs };
}

/** Every organisation, by slug. */
export async function listOrganizations(db: Database): Promise<OrganizationRecord[]> {
  return listOrganizationsWhere(db, 'ORDER BY o.slug', []);
}

/**
 * The organisations a tail of SQL picks (WHERE, ORDER BY, LIMIT over `o` the organisation, `p` its
 * parent, `n` its newsroom), with `values` bound to its ?1, ?2…. The tail is the caller's code, never
 * user input.
 */
export async function listOrganizationsWhere(db: Database, tail: string, values: readonly (string | number)[]): Promise<OrganizationRecord[]> {
  const { results } = await db
    .prepare(`${SELECT_ORGANIZATIONS} ${tail}`)
    .bind(...values)
    .all<OrganizationRow>();
  return results.map((row) => toStored(row).record);
}

/** The organisation with this slug, or null. */
export async function findOrganization(db: Database, slug: string): Promise<StoredOrganization | null> {
  const row = await db.prepare(`${SELECT_ORGANIZATIONS} WHERE o.slug = ?1`).bind(slug).first<OrganizationRow>();
  return row ? toStored(row) : null;
}

/** Which of these slugs name organisations, with each one's parent (to check a new parent makes no cycle). */
export async function findOrganizationParents(db: Database, slugs: readonly string[]): Promise<Map<string, string | null>> {
  if (slugs.length === 0) return new Map();
  const { results } = await db
    .prepare(
      `SELECT o.slug, p.slug AS parent FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
       WHERE o.slug IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(slugs))
    .all<{ slug: string; parent: string | null }>();
  return new Map(results.map((r) => [r.slug, r.parent]));
}

/** The periods an organisation has admission records for (deleted ones included: their reads are cached too). */
export async function admissionPeriods(db: Database, organizationId: number): Promise<string[]> {
  const { results } = await db.prepare('SELECT period FROM admission_records WHERE organization_id = ?1').bind(organizationId).all<{ period: string }>();
  return results.map((r) => r.period);
}
