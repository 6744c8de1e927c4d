import { describe, expect, it } from 'vitest';
import { SYNTHETIC_NAME_SUFFIX, SYNTHETIC_NEWSROOM, syntheticCountry } from './synthetic-country.ts';

const SMALL = { scale: 0.02 };

/** The (id, slug, name, kind, parent, newsroom, search_text) rows of the organisations' INSERTs. */
function organizationRows(statements: readonly string[]) {
  return statements
    .filter((sql) => sql.startsWith('INSERT INTO organizations '))
    .flatMap((sql) => [...sql.matchAll(/^\((\d+), '([^']*)', '([^']*)', '([a-z]+)', (\d+|NULL), (\d+), '([^']*)'\)/gm)])
    .map(([, id, slug, name, kind, parent, newsroom]) => ({
      id: Number(id),
      slug: slug ?? '',
      name: name ?? '',
      kind,
      parent: parent ?? '',
      newsroom: Number(newsroom),
    }));
}

describe('syntheticCountry', () => {
  it('gives the same SQL for the same scale, and more rows for a larger one', () => {
    const first = syntheticCountry(SMALL);
    expect(syntheticCountry(SMALL)).toEqual(first);
    expect(first.counts).toMatchObject({ provinces: 34, communes: 68, admissions: 1020 });
    expect(first.counts.cells).toBeGreaterThanOrEqual(68 * 10);
    expect(first.counts.cells).toBeLessThanOrEqual(68 * 25);
    expect(syntheticCountry({ scale: 0.04 }).counts.communes).toBe(136);
  });

  it('marks every organisation, cell and source as synthetic and gives them to the synthetic newsroom', () => {
    const { statements, counts } = syntheticCountry(SMALL);
    const organizations = organizationRows(statements);
    expect(organizations).toHaveLength(counts.provinces + counts.communes);
    const newsroom = statements.find((sql) => sql.startsWith('INSERT INTO newsrooms'));
    expect(newsroom).toContain(`, '${SYNTHETIC_NEWSROOM}', `);
    expect(newsroom).toContain(`${SYNTHETIC_NAME_SUFFIX}');`);
    const newsroomId = Number(/VALUES \((\d+),/.exec(newsroom!)![1]);
    for (const o of organizations) {
      expect(o.slug).toMatch(/^synthetic-/);
      expect(o.name.endsWith(SYNTHETIC_NAME_SUFFIX)).toBe(true);
      expect(o.newsroom).toBe(newsroomId);
    }
    const ids = new Set(organizations.map((o) => String(o.id)));
    expect(organizations.filter((o) => o.kind === 'grassroots').every((o) => ids.has(o.parent))).toBe(true);
    const cellRows = statements.filter((sql) => sql.startsWith('INSERT INTO cells ')).flatMap((sql) => sql.split('\n').slice(1));
    expect(cellRows).toHaveLength(counts.cells);
    expect(cellRows.every((row) => /, 'synthetic-chi-bo-\d+', '[^']*\(giả lập\)',/.test(row))).toBe(true);
    expect(statements.find((sql) => sql.startsWith('INSERT INTO sources'))).toContain(SYNTHETIC_NAME_SUFFIX);
  });
});
