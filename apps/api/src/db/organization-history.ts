/**
 * An organisation as it stood at an instant: the version of it (the live row, or a superseded copy in
 * organization_revisions) written last at or before that instant, with its successors named as they
 * stood then too. A read pinned to a revision shows the organisation this way, so that nothing in an
 * answer cached as immutable can change after a rename, a closing or a successor's rename.
 */
import { OrganizationRefSchema, type OrganizationRef } from '@chitieu/domain';
import type { Database } from './database.ts';

/** What a read shows of an organisation besides its figures. */
export type OrganizationSnapshot = {
  organization: OrganizationRef;
  validTo: string | null;
  successors: OrganizationRef[];
};

type VersionRow = { slug: string; revision: number; name: string; valid_to: string | null; successors: string; updated_at: string };

/** Every version of the organisations named in ?1 (a JSON array of slugs), live and superseded. */
const SELECT_VERSIONS = `
  SELECT o.slug, o.revision, o.name, o.valid_to, o.updated_at,
    (SELECT json_group_array(slug) FROM (SELECT s.slug FROM organization_successors os JOIN organizations s ON s.id = os.successor_id
      WHERE os.organization_id = o.id ORDER BY os.position)) AS successors
  FROM organizations o WHERE o.slug IN (SELECT value FROM json_each(?1))
  UNION ALL
  SELECT o.slug, h.revision, json_extract(h.record, '$.name'), json_extract(h.record, '$.validTo'), h.updated_at,
    COALESCE(json_extract(h.record, '$.successors'), '[]')
  FROM organization_revisions h JOIN organizations o ON o.id = h.organization_id
  WHERE o.slug IN (SELECT value FROM json_each(?1))`;

/** Of one organisation's versions, the last written at or before `at`; its first when all are later (rows older than the history, the seed's). */
function versionAt(versions: readonly VersionRow[], at: string): VersionRow | undefined {
  const sorted = versions.toSorted((a, b) => a.revision - b.revision);
  return sorted.findLast((v) => v.updated_at <= at) ?? sorted[0];
}

async function versionsOf(db: Database, slugs: readonly string[]): Promise<Map<string, VersionRow[]>> {
  const { results } = await db.prepare(SELECT_VERSIONS).bind(JSON.stringify(slugs)).all<VersionRow>();
  const bySlug = new Map<string, VersionRow[]>();
  for (const row of results) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  return bySlug;
}

/**
 * The organisation `slug` as it stood at `at` (an ISO instant, such as a record revision's
 * `updatedAt`); null when there is no such organisation.
 *
 * @example await organizationAt(db, 'muong-khuong', '2025-01-15T08:00:00.000Z') // { organization: { slug, name }, validTo, successors }
 */
export async function organizationAt(db: Database, slug: string, at: string): Promise<OrganizationSnapshot | null> {
  const own = versionAt((await versionsOf(db, [slug])).get(slug) ?? [], at);
  if (!own) return null;
  const successorSlugs = OrganizationRefSchema.shape.slug.array().parse(JSON.parse(own.successors));
  const theirs = successorSlugs.length === 0 ? new Map<string, VersionRow[]>() : await versionsOf(db, successorSlugs);
  const successors = successorSlugs.map((successor) => ({ slug: successor, name: versionAt(theirs.get(successor) ?? [], at)?.name ?? successor }));
  return { organization: { slug, name: own.name }, validTo: own.valid_to, successors };
}
