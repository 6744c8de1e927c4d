// The national reads use indexes: EXPLAIN QUERY PLAN of every statement the directory search, a
// directory page of one parent, an organisation's cells, pinned reads and the subordinates run shows
// no full scan of a table. The search (a substring of the folded names) reads only the organisations
// holding a rare trigram of its words (migration 0007), or, when every trigram is common, the directory
// in slug order through the slug index, stopping at the end of the page. Plans do not depend on the
// rows, so the seed's database answers for a country's (scripts/synthetic-country.mjs loads one).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { findAdmissionRecord } from '../src/db/admission-records.ts';
import { findCellCensus } from '../src/db/cell-censuses.ts';
import type { Database } from '../src/db/database.ts';
import { findOrganizations, type DirectoryQuery } from '../src/db/organization-directory.ts';
import { findSubordinates } from '../src/db/subordinates.ts';
import { statementLog, type RanStatement as Statement } from './statement-log.ts';

async function plan(statement: Statement): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`)
    .bind(...statement.values)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

const tables = async () =>
  new Set((await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>()).results.map((row) => row.name));

/**
 * Plan lines that read a whole table: `SCAN x` without an index, where x is a table or an alias of
 * one in the statement (not a subquery, a CTE or json_each).
 */
async function fullScans(statement: Statement): Promise<string[]> {
  const known = await tables();
  const details = await plan(statement);
  const derived = new Set(details.flatMap((detail) => /^(?:CO-ROUTINE|MATERIALIZE) (\w+)/.exec(detail)?.[1] ?? []));
  return details.filter((detail) => {
    const scanned = /^SCAN (\w+)(.*)$/.exec(detail);
    if (!scanned || scanned[2]?.includes('USING') || derived.has(scanned[1] ?? '')) return false;
    const name = scanned[1] ?? '';
    const aliased = new RegExp(`(?:FROM|JOIN)\\s+(\\w+)\\s+(?:AS\\s+)?${name}\\b`, 'i').exec(statement.sql)?.[1];
    return known.has(name) || (aliased !== undefined && known.has(aliased));
  });
}

const DIRECTORY: DirectoryQuery = { q: null, parent: null, kind: null, newsroom: null, status: null, today: '2025-01-01', after: null, limit: 50 };

const READS: Record<string, (db: Database) => Promise<unknown>> = {
  'directory search': (db) => findOrganizations(db, { ...DIRECTORY, q: 'muong khuong' }),
  "a parent's page of the directory": (db) => findOrganizations(db, { ...DIRECTORY, parent: 'lao-cai' }),
  "an organisation's cells": (db) => findCellCensus(db, 'muong-khuong', { kind: 'current' }),
  "an organisation's cells as of a day": (db) => findCellCensus(db, 'muong-khuong', { kind: 'asOf', asOf: '2025-06-30' }),
  'a pinned cells read': (db) => findCellCensus(db, 'muong-khuong', { kind: 'revision', revision: 1 }),
  'a pinned admissions read': (db) => findAdmissionRecord(db, 'muong-khuong', '2024', { kind: 'revision', revision: 1 }),
  subordinates: (db) => findSubordinates(db, 'lao-cai', '2024'),
};

describe('query plans of the national reads', () => {
  for (const [name, read] of Object.entries(READS)) {
    it(`${name}: no full scan of a table`, async () => {
      const log = statementLog();
      await read(log.db);
      expect(log.ran.length).toBeGreaterThan(0);
      // Batched statements too (the search's fold check and rarest-trigram count run in one batch).
      for (const statement of log.ran) {
        expect((await plan(statement)).length).toBeGreaterThan(0);
        expect({ sql: statement.sql, scans: await fullScans(statement) }).toEqual({ sql: statement.sql, scans: [] });
      }
    });
  }

  it("reads a census's live cells in order from cells_census_position, without sorting them", async () => {
    const log = statementLog();
    await findCellCensus(log.db, 'muong-khuong', { kind: 'current' });
    const details = await plan(log.ran[0]!);
    expect(details).toContain('SEARCH cells USING INDEX cells_census_position (census_id=?)');
  });

  it('searches the directory from the holders of a rare trigram of the words, by key, not from every name', async () => {
    const log = statementLog();
    await findOrganizations(log.db, { ...DIRECTORY, q: 'muong khuong' });
    // The batch before it counted the holders of each trigram of the words, each by key.
    const counting = log.ran.find((statement) => statement.sql.includes('json_each'));
    expect(await plan(counting!)).toContainEqual(expect.stringMatching(/^SEARCH organization_trigrams USING (COVERING INDEX|PRIMARY KEY)/));
    const details = await plan(log.ran.at(-1)!);
    expect(details).toContain('SEARCH o USING INTEGER PRIMARY KEY (rowid=?)');
    expect(details).toContainEqual(expect.stringMatching(/^SEARCH organization_trigrams USING PRIMARY KEY \(trigram=\?\)$/));
    expect(details).not.toContainEqual(expect.stringMatching(/^SCAN o\b/));
  });

  it('finds the check itself able to fail: a filter on an unindexed column is a full scan', async () => {
    expect(await fullScans({ sql: 'SELECT id FROM cells WHERE full_members = ?1', values: [3] })).toEqual(['SCAN cells']);
    expect(await fullScans({ sql: 'SELECT c.id FROM cell_censuses k JOIN cells c ON c.census_id = k.id WHERE c.full_members = ?1', values: [3] })).not.toEqual(
      [],
    );
  });
});
