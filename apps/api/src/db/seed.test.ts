import { SEED } from '@chitieu/domain/seed';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { organization, SOURCE } from '../../test/load.ts';
import { seedStatements } from './seed.ts';

const TABLES = [
  'organizations',
  'organization_successors',
  'sources',
  'admission_records',
  'admission_record_sources',
  'cell_censuses',
  'cell_census_sources',
  'cells',
];

async function snapshot(): Promise<Record<string, unknown[]>> {
  const results = await env.DB.batch(TABLES.map((table) => env.DB.prepare(`SELECT * FROM ${table} ORDER BY rowid`)));
  return Object.fromEntries(TABLES.map((table, i) => [table, results[i]?.results ?? []]));
}

const run = (statements: string[]) => env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));

describe('seedStatements', () => {
  it('has loaded the article (the setup file ran it once)', async () => {
    const tables = await snapshot();
    expect(tables.organizations).toHaveLength(SEED.organizations.length);
    expect(tables.cells).toHaveLength(25);
  });

  it('changes nothing when run again: same rows, same revisions and timestamps', async () => {
    const before = await snapshot();
    await run(seedStatements());
    await run(seedStatements());
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites a figure the data desk changed since', async () => {
    await env.DB.prepare("UPDATE admission_records SET admitted = 54, revision = 2 WHERE period = '2024'").run();
    await run(seedStatements());
    const row = await env.DB.prepare("SELECT admitted, revision FROM admission_records WHERE period = '2024'").first();
    expect(row).toEqual({ admitted: 54, revision: 2 });
  });

  it('inserts parents before children whatever the dataset order, and links successors', async () => {
    await run(
      seedStatements({
        organizations: [
          { ...organization('child'), parent: 'parent', validTo: '2025-06-30', successors: ['heir'] },
          organization('parent'),
          organization('heir'),
        ],
        admissions: [],
        cellCensuses: [],
      }),
    );
    const rows = await env.DB.prepare(
      `SELECT o.slug, p.slug AS parent, (SELECT group_concat(s.slug) FROM organization_successors os JOIN organizations s ON s.id = os.successor_id WHERE os.organization_id = o.id) AS successors
       FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.slug = 'child'`,
    ).first();
    expect(rows).toEqual({ slug: 'child', parent: 'parent', successors: 'heir' });
  });

  it('stores quotes and markup in names as text', async () => {
    const name = "Chi bộ 'Đoàn Kết'; DROP TABLE cells; -- <b>";
    await run(
      seedStatements({
        organizations: [organization('quoted')],
        admissions: [],
        cellCensuses: [
          {
            organization: 'quoted',
            term: '2020-2025',
            asOf: '2024-12-31',
            sources: [SOURCE],
            cells: [{ slug: 'doan-ket', name, kind: 'residential', committee: 'existing', committeeFormedOn: null, fullMembers: 12 }],
          },
        ],
      }),
    );
    expect(await env.DB.prepare("SELECT name FROM cells WHERE slug = 'doan-ket'").first('name')).toBe(name);
  });

  it('refuses a dataset the domain schema rejects, before writing anything', () => {
    expect(() =>
      seedStatements({ organizations: [{ ...organization('orphan'), parent: 'nowhere' }], admissions: [], cellCensuses: [] }),
    ).toThrow(/nowhere/);
  });
});
