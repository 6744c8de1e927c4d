/**
 * Read generations (table read_generations): a counter per organisation, and one for every
 * organisation (scope '*'), raised by each write. The edge cache keys every read by them, so a write
 * retires every cached copy of what it changed at once: images, `?asOf=` reads and any spelling of a
 * URL, in every location, none of which a purge by URL could list.
 */
import type { Database } from './database.ts';

/** The scope whose counter a write to any organisation raises: reads show other organisations too (a successor's name). */
export const EVERY_ORGANIZATION = '*';

/**
 * The generation a cached read of `scope` (an organisation's slug, or EVERY_ORGANIZATION) belongs to,
 * as text for a cache key: the counter of every organisation, then the organisation's own.
 *
 * @example await readGeneration(db, 'muong-khuong') // '3.12'
 */
export async function readGeneration(db: Database, scope: string): Promise<string> {
  const row = await db
    .prepare(
      `SELECT COALESCE((SELECT generation FROM read_generations WHERE scope = ?1), 0) AS every,
         COALESCE((SELECT generation FROM read_generations WHERE scope = ?2), 0) AS own`,
    )
    .bind(EVERY_ORGANIZATION, scope)
    .first<{ every: number; own: number }>();
  return `${row?.every ?? 0}.${row?.own ?? 0}`;
}

/** Raises the generation of each scope by one. */
export async function raiseGenerations(db: Database, scopes: readonly string[]): Promise<void> {
  if (scopes.length === 0) return;
  await db.batch(
    [...new Set(scopes)].map((scope) =>
      db.prepare('INSERT INTO read_generations (scope, generation) VALUES (?1, 1) ON CONFLICT (scope) DO UPDATE SET generation = generation + 1').bind(scope),
    ),
  );
}
