/** Counts of failed key checks per client in fixed one-minute windows (table auth_failures). */
import type { Database } from './database.ts';

/** The start (unix seconds) of the window holding `nowMs`. */
export function windowStart(nowMs: number, periodSeconds: number): number {
  return Math.floor(nowMs / 1000 / periodSeconds) * periodSeconds;
}

/** The statement counting the client's failures in the window, to batch with other reads. */
export function failuresStatement(db: Database, client: string, window: number): D1PreparedStatement {
  return db.prepare('SELECT failures FROM auth_failures WHERE client = ?1 AND window_start = ?2').bind(client, window);
}

/** The count of a `failuresStatement` result. */
export function failuresOf(result: D1Result | undefined): number {
  return (result?.results as { failures: number }[] | undefined)?.[0]?.failures ?? 0;
}

/** Failures the client has had in the window. */
export async function failuresIn(db: Database, client: string, window: number): Promise<number> {
  return failuresOf(await failuresStatement(db, client, window).all());
}

/** Counts one more failure for the client, and drops windows that have ended (of every client). */
export async function recordFailure(db: Database, client: string, window: number): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO auth_failures (client, window_start, failures) VALUES (?1, ?2, 1)
         ON CONFLICT (client, window_start) DO UPDATE SET failures = failures + 1`,
      )
      .bind(client, window),
    db.prepare('DELETE FROM auth_failures WHERE window_start < ?1').bind(window),
  ]);
}
