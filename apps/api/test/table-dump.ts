// Every row of every table of the test D1, found through sqlite_master rather than listed by hand, so
// a table added by a later migration is compared too. Tests compare a dump before and after requests
// that must change nothing. Test files run one after another in the one workerd (vitest.config.ts),
// so nothing else writes between the two dumps.
import { env } from 'cloudflare:workers';

/** The tables a dump holds: all of the schema's but SQLite's and D1's own bookkeeping. */
async function tableNames(): Promise<{ name: string; columns: number }[]> {
  const { results } = await env.DB.prepare(
    `SELECT m.name, (SELECT COUNT(*) FROM pragma_table_info(m.name)) AS columns FROM sqlite_master m
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY m.name`,
  ).all<{ name: string; columns: number }>();
  return results;
}

/** Every row of every table, by table name, ordered by all its columns (so the order never depends on how SQLite reads it). */
export async function dumpTables(): Promise<Record<string, unknown[]>> {
  const tables = await tableNames();
  const results = await env.DB.batch(
    tables.map(({ name, columns }) =>
      env.DB.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY ${Array.from({ length: columns }, (_, i) => i + 1).join(', ')}`),
    ),
  );
  return Object.fromEntries(tables.map(({ name }, i) => [name, results[i]?.results ?? []]));
}
