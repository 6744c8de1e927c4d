/** Counts of failed key checks per client in fixed one-minute windows (table auth_failures). */
import type { Database } from './database.ts';

/** The start (unix seconds) of the window holding `nowMs`. */
export function windowStart(nowMs: number, periodSeconds: number): number {
  return Math.floor(nowMs / 1000 / periodSeconds) * periodSeconds;
}

/**
 * The statement that counts one more key check for the client in the window and returns the count,
 * in one step: parallel requests each see their own count, so none is checked against a count that
 * the others have not raised yet. A check that succeeds takes its count back (`forgiveCheck`), so
 * what stays counted is the failures (and the checks still running).
 */
export function countCheckStatement(db: Database, client: string, window: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO auth_failures (client, window_start, failures) VALUES (?1, ?2, 1)
       ON CONFLICT (client, window_start) DO UPDATE SET failures = failures + 1
       RETURNING failures`,
    )
    .bind(client, window);
}

/** The count of a `countCheckStatement` result. */
export function countOf(result: D1Result | undefined): number {
  return (result?.results as { failures: number }[] | undefined)?.[0]?.failures ?? 0;
}

/** Failures the client has had in the window. */
export async function failuresIn(db: Database, client: string, window: number): Promise<number> {
  const row = await db.prepare('SELECT failures FROM auth_failures WHERE client = ?1 AND window_start = ?2').bind(client, window).first<{ failures: number }>();
  return row?.failures ?? 0;
}

/** Takes back the count of a check that succeeded: only failures count against the client. */
export async function forgiveCheck(db: Database, client: string, window: number): Promise<void> {
  // A window back at zero is dropped, so a client whose checks all succeed leaves no row behind.
  await db.batch([
    db.prepare('UPDATE auth_failures SET failures = failures - 1 WHERE client = ?1 AND window_start = ?2 AND failures > 0').bind(client, window),
    db.prepare('DELETE FROM auth_failures WHERE client = ?1 AND window_start = ?2 AND failures <= 0').bind(client, window),
  ]);
}

/** Drops windows that have ended (of every client): a failure's housekeeping, so successes never write for it. */
export async function forgetEndedWindows(db: Database, window: number): Promise<void> {
  await db.prepare('DELETE FROM auth_failures WHERE window_start < ?1').bind(window).run();
}
