/** The subordinates of an organisation in a period (organisations whose parent it is and that existed at some time in it), by name, with closings. */
import { INTL_LOCALES, periodEnd, periodStart } from '@chitieu/domain';
import type { RankedOrganization, StoredFamily } from '@chitieu/embed';
import type { Database } from './database.ts';
import { findOrganization, parseSuccessorRefs, successorRefsSql } from './organizations.ts';

type SubordinateRow = { slug: string; name: string; valid_to: string | null; successor_refs: string };

// Uses the index organizations_parent (migration 0001).
const SELECT_SUBORDINATES = `
  SELECT c.slug, c.name, c.valid_to, ${successorRefsSql('c.id')} AS successor_refs
  FROM organizations c
  WHERE c.parent_id = ?1 AND (c.valid_from IS NULL OR c.valid_from <= ?3) AND (c.valid_to IS NULL OR c.valid_to >= ?2)`;

const collator = new Intl.Collator(INTL_LOCALES.vi);

/**
 * The organisation `slug` and its subordinates during `period` (one whose validity overlaps the
 * period: a district merged in June is still a row of that year), in Vietnamese name order; null when
 * the slug names nothing.
 *
 * @example await findSubordinates(db, 'tinh-lao-cai', '2024') // { organization: {…}, subordinates: [{ organization: { slug: 'huyen-bat-xat', … }, validTo: null, successors: [] }, …] }
 */
export async function findSubordinates(db: Database, slug: string, period: string): Promise<StoredFamily | null> {
  const parent = await findOrganization(db, slug);
  if (!parent) return null;
  const { results } = await db.prepare(SELECT_SUBORDINATES).bind(parent.id, periodStart(period), periodEnd(period)).all<SubordinateRow>();
  const subordinates = results
    .map(
      (row): RankedOrganization => ({
        organization: { slug: row.slug, name: row.name },
        validTo: row.valid_to,
        successors: parseSuccessorRefs(row.successor_refs),
      }),
    )
    .sort((a, b) => collator.compare(a.organization.name, b.organization.name) || (a.organization.slug < b.organization.slug ? -1 : 1));
  return {
    organization: { slug: parent.record.slug, name: parent.record.name },
    validTo: parent.record.validTo,
    successors: parent.successorRefs,
    subordinates,
  };
}
