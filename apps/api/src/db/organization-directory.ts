/**
 * The organisation directory: a page of organisations found by folded name (`q`), parent, kind,
 * newsroom and whether they are still open, in slug order after a cursor. Search reads the
 * `search_text` column (migration 0005), which the Worker fills for rows whose fold is missing, and
 * narrows the rows it tests with the folds' trigrams (migration 0007).
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

/** At most this many trigrams of the words are weighed, spread over them: each costs a capped count. */
const WEIGHED_TRIGRAMS = 8;

/**
 * A trigram that this many organisations hold narrows nothing worth it: the search then reads the
 * directory in slug order, as it always did, which fills a page soon when matches are that common.
 */
const COMMON_TRIGRAM = 64;

const UNFOLDED = 'SELECT id, name, slug FROM organizations WHERE search_text IS NULL LIMIT ?1';

// The rarest of the weighed trigrams (?1, a JSON array) and how many organisations hold it, counted up to ?2.
const RAREST_TRIGRAM = `
  SELECT value AS trigram, (SELECT count(*) FROM (SELECT 1 FROM organization_trigrams WHERE trigram = value LIMIT ?2)) AS holders
  FROM json_each(?1) ORDER BY holders LIMIT 1`;

/**
 * Up to WEIGHED_TRIGRAMS distinct trigrams of `q`, spread from its start to its end; none when it is
 * shorter than three characters. Any of them is in every fold that holds `q`.
 *
 * @example weighedTrigrams('muong') // ['muo', 'uon', 'ong']
 */
export function weighedTrigrams(q: string): string[] {
  const all = [...new Set(Array.from({ length: Math.max(0, q.length - 2) }, (_, at) => q.slice(at, at + 3)))];
  if (all.length <= WEIGHED_TRIGRAMS) return all;
  return Array.from({ length: WEIGHED_TRIGRAMS }, (_, i) => all[Math.floor((i * all.length) / WEIGHED_TRIGRAMS)]!);
}

type Unfolded = { id: number; name: string; slug: string };

/**
 * Writes `search_text` for rows that have none: inserted by the seed or by a writer that does not
 * fold, or renamed since (the migration's trigger clears it). Guarded by the name and slug it folded,
 * so a rename racing with it leaves NULL for the next search rather than a stale fold. `first` is the
 * answer of UNFOLDED already read.
 */
async function foldMissingSearchText(db: Database, first: Unfolded[]): Promise<void> {
  let results = first;
  for (let round = 0; round < 50; round += 1) {
    if (round > 0) results = (await db.prepare(UNFOLDED).bind(FOLD_BATCH).all<Unfolded>()).results;
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

/**
 * Before a search: folds the rows without a fold and, in the same round trip, finds the rarest trigram
 * of the words. That trigram when it is rare and every fold was already there (a fold written now
 * would make its count stale); null for reading the directory in slug order.
 */
async function prepareSearch(db: Database, q: string): Promise<string | null> {
  const trigrams = weighedTrigrams(q);
  const unfolded = db.prepare(UNFOLDED).bind(FOLD_BATCH);
  if (trigrams.length === 0) {
    await foldMissingSearchText(db, (await unfolded.all<Unfolded>()).results);
    return null;
  }
  const [missing, rarest] = await db.batch<Unfolded | { trigram: string; holders: number }>([
    unfolded,
    db.prepare(RAREST_TRIGRAM).bind(JSON.stringify(trigrams), COMMON_TRIGRAM),
  ]);
  const toFold = (missing?.results ?? []) as Unfolded[];
  if (toFold.length > 0) {
    await foldMissingSearchText(db, toFold);
    return null;
  }
  const row = rarest?.results[0] as { trigram: string; holders: number } | undefined;
  return row !== undefined && row.holders < COMMON_TRIGRAM ? row.trigram : null;
}

/** A page of the directory; `more` says whether organisations follow the last one. */
export async function findOrganizations(db: Database, query: DirectoryQuery): Promise<{ organizations: OrganizationRecord[]; more: boolean }> {
  const trigram = query.q === null ? null : await prepareSearch(db, query.q);
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  const bind = (value: string | number) => {
    values.push(value);
    return `?${values.length}`;
  };
  // `q` holds only a-z, 0-9 and single spaces (searchText), so it needs no LIKE escaping.
  if (query.q !== null) conditions.push(`o.search_text LIKE '%' || ${bind(query.q)} || '%'`);
  // Only the holders of a rare trigram of the words can match: the substring test above reads those alone.
  if (trigram !== null) conditions.push(`o.id IN (SELECT organization_id FROM organization_trigrams WHERE trigram = ${bind(trigram)})`);
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
