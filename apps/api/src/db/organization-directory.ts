/**
 * The organisation directory: a page of organisations found by folded name (`q`), parent, kind,
 * newsroom and whether they are still open, in slug order after a cursor. Search reads the
 * `search_text` column (migration 0005), which the Worker fills for rows whose fold is missing.
 */
import { searchText, type OrganizationKind, type OrganizationRecord } from '@chitieu/domain';
import type { Database } from './database.ts';
import { listOrganizationsWhere } from './organizations.ts';

export type DirectoryQuery = {
  /** Words already folded with searchText; null for no search. */
  q: string | null;
  /** A parent's slug; '' for organisations without a parent; null for any. */
  parent: string | null;
  kind: OrganizationKind | null;
  newsroom: string | null;
  /** `open`: not closed by `today`; `closed`: its last day is before `today`. */
  status: 'open' | 'closed' | null;
  today: string;
  /** Only slugs after this one (the cursor's). */
  after: string | null;
  /** At most this many; null for all. */
  limit: number | null;
};

/** How many unfolded rows one fold statement batch covers. */
const FOLD_BATCH = 200;

/**
 * Writes `search_text` for rows that have none: inserted by the seed or by a writer that does not
 * fold, or renamed since (the migration's trigger clears it). Guarded by the name and slug it folded,
 * so a rename racing with it leaves NULL for the next search rather than a stale fold.
 */
async function foldMissingSearchText(db: Database): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    const { results } = await db
      .prepare('SELECT id, name, slug FROM organizations WHERE search_text IS NULL LIMIT ?1')
      .bind(FOLD_BATCH)
      .all<{ id: number; name: string; slug: string }>();
    if (results.length === 0) return;
    await db.batch(
      results.map((row) =>
        db
          .prepare('UPDATE organizations SET search_text = ?2 WHERE id = ?1 AND name = ?3 AND slug = ?4')
          .bind(row.id, searchText(`${row.name} ${row.slug}`), row.name, row.slug),
      ),
    );
    if (results.length < FOLD_BATCH) return;
  }
}

/** A page of the directory; `more` says whether organisations follow the last one. */
export async function findOrganizations(db: Database, query: DirectoryQuery): Promise<{ organizations: OrganizationRecord[]; more: boolean }> {
  if (query.q !== null) await foldMissingSearchText(db);
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  const bind = (value: string | number) => {
    values.push(value);
    return `?${values.length}`;
  };
  // `q` holds only a-z, 0-9 and single spaces (searchText), so it needs no LIKE escaping.
  if (query.q !== null) conditions.push(`o.search_text LIKE '%' || ${bind(query.q)} || '%'`);
  if (query.parent === '') conditions.push('o.parent_id IS NULL');
  else if (query.parent !== null) conditions.push(`o.parent_id = (SELECT id FROM organizations WHERE slug = ${bind(query.parent)})`);
  if (query.kind !== null) conditions.push(`o.kind = ${bind(query.kind)}`);
  if (query.newsroom !== null) conditions.push(`o.newsroom_id = (SELECT id FROM newsrooms WHERE slug = ${bind(query.newsroom)})`);
  if (query.status === 'open') conditions.push(`(o.valid_to IS NULL OR o.valid_to >= ${bind(query.today)})`);
  if (query.status === 'closed') conditions.push(`o.valid_to < ${bind(query.today)}`);
  if (query.after !== null) conditions.push(`o.slug > ${bind(query.after)}`);
  const limit = query.limit === null ? '' : ` LIMIT ${bind(query.limit + 1)}`;
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const found = await listOrganizationsWhere(db, `${where} ORDER BY o.slug${limit}`, values);
  const more = query.limit !== null && found.length > query.limit;
  return { organizations: more ? found.slice(0, query.limit ?? undefined) : found, more };
}
