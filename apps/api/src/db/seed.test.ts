import { SEED } from '@chitieu/domain/seed';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { seedStatements } from './seed.ts';

// Every row the seed wrote, and only those: other test files write their own rows to the same D1.
const SEED_ORGS = `SELECT id FROM organizations WHERE slug IN (${SEED.organizations.map((o) => `'${o.slug}'`).join(', ')})`;
const SEED_ROWS = {
  organizations: `SELECT * FROM organizations WHERE id IN (${SEED_ORGS})`,
  organization_successors: `SELECT * FROM organization_successors WHERE organization_id IN (${SEED_ORGS})`,
  admission_records: `SELECT * FROM admission_records WHERE organization_id IN (${SEED_ORGS})`,
  admission_record_sources: `SELECT * FROM admission_record_sources WHERE admission_record_id IN (SELECT id FROM admission_records WHERE organization_id IN (${SEED_ORGS}))`,
  cell_censuses: `SELECT * FROM cell_censuses WHERE organization_id IN (${SEED_ORGS})`,
  cell_census_sources: `SELECT * FROM cell_census_sources WHERE cell_census_id IN (SELECT id FROM cell_censuses WHERE organization_id IN (${SEED_ORGS}))`,
  cells: `SELECT * FROM cells WHERE census_id IN (SELECT id FROM cell_censuses WHERE organization_id IN (${SEED_ORGS}))`,
  sources: `SELECT * FROM sources WHERE id IN (
    SELECT source_id FROM admission_record_sources WHERE admission_record_id IN (SELECT id FROM admission_records WHERE organization_id IN (${SEED_ORGS}))
    UNION SELECT source_id FROM cell_census_sources WHERE cell_census_id IN (SELECT id FROM cell_censuses WHERE organization_id IN (${SEED_ORGS})))`,
};

async function snapshot(): Promise<Record<string, unknown[]>> {
  const entries = Object.entries(SEED_ROWS);
  const results = await env.DB.batch(entries.map(([, sql]) => env.DB.prepare(`${sql} ORDER BY rowid`)));
  return Object.fromEntries(entries.map(([table], i) => [table, results[i]?.results ?? []]));
}

const run = (statements: string[]) => env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));

describe('seedStatements', () => {
  it('has loaded the article (the test setup runs it, as scripts/seed.mjs does)', async () => {
    const rows = await snapshot();
    expect(rows.organizations).toHaveLength(SEED.organizations.length);
    expect(rows.admission_records).toHaveLength(SEED.admissions.length);
    expect(rows.cells).toHaveLength(25);
    expect(rows.sources).toHaveLength(1);
  });

  it('changes nothing when run again: same rows, same revisions and timestamps', async () => {
    const before = await snapshot();
    await run(seedStatements());
    await run(seedStatements());
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites a figure the data desk changed since', async () => {
    const dataset = {
      organizations: [organization('edited-town')],
      admissions: [
        {
          organization: 'edited-town',
          period: '2024',
          admitted: 53,
          target: null,
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [SOURCE],
        },
      ],
      cellCensuses: [],
    };
    await run(seedStatements(dataset));
    const record = "SELECT id FROM organizations WHERE slug = 'edited-town'";
    await env.DB.prepare(`UPDATE admission_records SET admitted = 54, revision = 2 WHERE organization_id = (${record})`).run();
    await run(seedStatements(dataset));
    const row = await env.DB.prepare(`SELECT admitted, revision FROM admission_records WHERE organization_id = (${record})`).first();
    expect(row).toEqual({ admitted: 54, revision: 2 });
  });

  it('never adds its sources or successors back to a record the data desk has written since', async () => {
    const dataset = {
      organizations: [organization('rewritten-town')],
      admissions: [
        {
          organization: 'rewritten-town',
          period: '2024',
          admitted: 5,
          target: null,
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [SOURCE],
        },
      ],
      cellCensuses: [],
    };
    await run(seedStatements(dataset));
    const record = "(SELECT a.id FROM admission_records a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'rewritten-town')";
    // What a PUT with another source does: the next revision, only the new source linked.
    await env.DB.batch([
      env.DB.prepare(`UPDATE admission_records SET revision = 2 WHERE id = ${record}`),
      env.DB.prepare(`DELETE FROM admission_record_sources WHERE admission_record_id = ${record}`),
    ]);
    await run(seedStatements(dataset));
    expect(await env.DB.prepare(`SELECT count(*) AS n FROM admission_record_sources WHERE admission_record_id = ${record}`).first('n')).toBe(0);
  });

  it('inserts parents before children whatever the dataset order, and links successors', async () => {
    await load({
      organizations: [
        { ...organization('seed-child'), parent: 'seed-parent', validTo: '2025-06-30', successors: ['seed-heir'] },
        organization('seed-parent'),
        organization('seed-heir'),
      ],
    });
    const row = await env.DB.prepare(
      `SELECT o.slug, p.slug AS parent, (SELECT group_concat(s.slug) FROM organization_successors os JOIN organizations s ON s.id = os.successor_id WHERE os.organization_id = o.id) AS successors
       FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.slug = 'seed-child'`,
    ).first();
    expect(row).toEqual({ slug: 'seed-child', parent: 'seed-parent', successors: 'seed-heir' });
  });

  it('stores quotes and markup in names as text', async () => {
    const name = "Chi bộ 'Đoàn Kết'; DROP TABLE cells; -- <b>";
    await load({
      organizations: [organization('quoted-town')],
      cellCensuses: [
        {
          organization: 'quoted-town',
          term: '2020-2025',
          asOf: '2024-12-31',
          sources: [SOURCE],
          cells: [{ slug: 'doan-ket', name, kind: 'residential', committee: 'existing', committeeFormedOn: null, fullMembers: 12 }],
        },
      ],
    });
    expect(await env.DB.prepare("SELECT name FROM cells WHERE slug = 'doan-ket'").first('name')).toBe(name);
  });

  it('refuses a dataset the domain schema rejects, before writing anything', () => {
    expect(() => seedStatements({ organizations: [{ ...organization('orphan'), parent: 'nowhere' }], admissions: [], cellCensuses: [] })).toThrow(/nowhere/);
  });
});
