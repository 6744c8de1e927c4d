// The directory search narrowed by trigrams (migration 0007) answers exactly what the substring test
// over every fold answers: the same organisations, records and pages, whether a search takes the
// trigrams (a rare piece of the words) or reads the directory in slug order (only common pieces, or
// words under three characters). All test files share one D1: these rows have slugs of their own.
import { searchText } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { statementLog } from '../../test/statement-log.ts';
import type { Database } from './database.ts';
import { findOrganizations, weighedTrigrams, type DirectoryQuery } from './organization-directory.ts';
import { listOrganizationsWhere } from './organizations.ts';

const SYLLABLES = ['Mường', 'Khương', 'Bản', 'Lầu', 'Nậm', 'Chày', 'Si', 'Ma', 'Cai', 'Bắc', 'Hà', 'Tả', 'Ngài', 'Chồ', 'Đồng', 'Tâm', 'Phong', 'Hải'];

/** 150 organisations whose folds share common pieces (`dang bo xa`) and hold rare ones. */
const ROWS = Array.from({ length: 150 }, (_, i) => ({
  slug: `tri-${String(i).padStart(3, '0')}`,
  name: `Đảng bộ xã ${SYLLABLES[i % SYLLABLES.length]} ${SYLLABLES[(i * 7 + 3) % SYLLABLES.length]} ${i % 10 === 0 ? 'Ý Tý' : ''}`.trim(),
}));

await env.DB.batch(
  ROWS.map((row) =>
    env.DB.prepare("INSERT INTO organizations (slug, name, kind) VALUES (?1, ?2, 'grassroots') ON CONFLICT (slug) DO NOTHING").bind(row.slug, row.name),
  ),
);

const QUERY: DirectoryQuery = { q: null, parent: null, kind: null, newsroom: null, status: null, today: '2025-01-01', after: null, limit: 50 };

/** Every organisation whose fold holds `q`, as the search read them before trigrams: the substring test over every row. */
const everyFoldHolding = (q: string) => listOrganizationsWhere(env.DB, "WHERE o.search_text LIKE '%' || ?1 || '%' ORDER BY o.slug", [q]);

/** The whole answer to `q`, page after page of `limit`. */
async function allPages(db: Database, q: string, limit: number, kind: DirectoryQuery['kind'] = null) {
  const found = [];
  let after: string | null = null;
  for (;;) {
    const page = await findOrganizations(db, { ...QUERY, q, kind, after, limit });
    found.push(...page.organizations);
    if (!page.more) return found;
    after = page.organizations.at(-1)!.slug;
  }
}

describe('findOrganizations with q', () => {
  it('answers each search as the substring test over every fold, page by page', async () => {
    const words = ['muong khuong', 'uong kh', 'ong', 'dang bo xa', 'xa', 'a', 'y ty', 'tri 04', 'i 1', 'ha ta', 'zzz', 'g b', 'khuong tri'];
    let compared = 0;
    for (const q of words.map(searchText)) {
      const first = await findOrganizations(env.DB, { ...QUERY, q, limit: 200 });
      const expected = await everyFoldHolding(q);
      expect({ q, found: first.organizations }).toEqual({ q, found: expected.slice(0, 200) });
      expect((await allPages(env.DB, q, 7)).map((o) => o.slug)).toEqual(expected.map((o) => o.slug));
      expect((await allPages(env.DB, q, 7, 'grassroots')).map((o) => o.slug)).toEqual(expected.filter((o) => o.kind === 'grassroots').map((o) => o.slug));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('reads only the holders of a rare trigram of the words, and the directory in slug order when every piece is common', async () => {
    // The search is the last statement to run; a two-letter one prepares none that reads the trigrams.
    const rare = statementLog();
    expect((await findOrganizations(rare.db, { ...QUERY, q: 'y ty' })).organizations.length).toBeGreaterThanOrEqual(15);
    expect(rare.ran.at(-1)?.sql).toContain('o.id IN (SELECT organization_id FROM organization_trigrams WHERE trigram = ?');

    const common = statementLog();
    expect((await findOrganizations(common.db, { ...QUERY, q: 'dang bo xa' })).organizations).toHaveLength(50);
    expect(common.ran.at(-1)?.sql).toContain('o.search_text LIKE');
    expect(common.ran.at(-1)?.sql).not.toContain('organization_trigrams');

    const short = statementLog();
    await findOrganizations(short.db, { ...QUERY, q: 'xa' });
    expect(short.prepared.length).toBeGreaterThan(0);
    expect(short.prepared.join('\n')).not.toContain('organization_trigrams');
  });

  it('keeps each fold’s trigrams in step with it through renames by SQL and new rows', async () => {
    await env.DB.batch([
      env.DB.prepare("UPDATE organizations SET name = 'Chi bộ Lùng Phình' WHERE slug = 'tri-001'"),
      env.DB.prepare(
        "INSERT INTO organizations (slug, name, kind, search_text) VALUES ('tri-folded', 'Chi bộ Sán Chải', 'grassroots', 'chi bo san chai tri folded') ON CONFLICT (slug) DO NOTHING",
      ),
    ]);
    // The rename turned the fold back into NULL (migration 0005), and its trigrams went with it.
    expect(
      await env.DB.prepare("SELECT count(*) AS n FROM organization_trigrams t JOIN organizations o ON o.id = t.organization_id WHERE o.slug = 'tri-001'").first(
        'n',
      ),
    ).toBe(0);
    expect((await findOrganizations(env.DB, { ...QUERY, q: 'lung phinh' })).organizations.map((o) => o.slug)).toEqual(['tri-001']);
    expect((await findOrganizations(env.DB, { ...QUERY, q: 'san chai' })).organizations.map((o) => o.slug)).toEqual(['tri-folded']);

    const { results } = await env.DB.prepare(
      `SELECT o.search_text AS fold, (SELECT json_group_array(trigram) FROM (SELECT trigram FROM organization_trigrams WHERE organization_id = o.id ORDER BY trigram)) AS trigrams
       FROM organizations o WHERE o.slug LIKE 'tri-%'`,
    ).all<{ fold: string; trigrams: string }>();
    expect(results.length).toBe(ROWS.length + 1);
    for (const { fold, trigrams } of results) {
      const every = [...new Set(Array.from({ length: fold.length - 2 }, (_, at) => fold.slice(at, at + 3)))].sort();
      expect({ fold, trigrams: JSON.parse(trigrams) }).toEqual({ fold, trigrams: every });
    }
  });
});

describe('weighedTrigrams', () => {
  it('gives the distinct trigrams of short words, at most eight spread over long ones, none under three characters', () => {
    expect(weighedTrigrams('muong')).toEqual(['muo', 'uon', 'ong']);
    expect(weighedTrigrams('aaaa')).toEqual(['aaa']);
    expect(weighedTrigrams('xa')).toEqual([]);
    const long = weighedTrigrams('dang bo thi tran muong khuong');
    expect(long).toHaveLength(8);
    expect(long[0]).toBe('dan');
    expect(long.every((trigram) => 'dang bo thi tran muong khuong'.includes(trigram))).toBe(true);
  });
});
