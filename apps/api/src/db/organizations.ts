/** Queries on organisations (with their parent and successors); rows become the domain's Organization. */
import { OrganizationSchema, type Organization } from '@chitieu/domain';
import type { Database } from './database.ts';

type OrganizationRow = {
  slug: string;
  name: string;
  kind: string;
  parent: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successors: string;
};

const SELECT_ORGANIZATIONS = `
  SELECT o.slug, o.name, o.kind, p.slug AS parent, o.valid_from, o.valid_to,
    (SELECT json_group_array(slug) FROM (
       SELECT s.slug FROM organization_successors os JOIN organizations s ON s.id = os.successor_id
       WHERE os.organization_id = o.id ORDER BY os.position)) AS successors
  FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id`;

function toOrganization(row: OrganizationRow): Organization {
  return OrganizationSchema.parse({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parent: row.parent,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    successors: JSON.parse(row.successors),
  });
}

/** Every organisation, by slug. */
export async function listOrganizations(db: Database): Promise<Organization[]> {
  const { results } = await db.prepare(`${SELECT_ORGANIZATIONS} ORDER BY o.slug`).all<OrganizationRow>();
  return results.map(toOrganization);
}

/** The organisation with this slug, or null. */
export async function findOrganization(db: Database, slug: string): Promise<Organization | null> {
  const row = await db.prepare(`${SELECT_ORGANIZATIONS} WHERE o.slug = ?1`).bind(slug).first<OrganizationRow>();
  return row ? toOrganization(row) : null;
}
