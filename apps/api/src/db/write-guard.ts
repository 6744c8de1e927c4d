/**
 * Optimistic concurrency for D1, which has no interactive transactions: a write batch starts with a
 * precondition (the record is still at the revision the write read) and ends by releasing it. When
 * the precondition no longer holds, its CHECK constraint fails and D1 rolls the whole batch back.
 */
import type { Database } from './database.ts';

/** Thrown when a batch's precondition failed: another write came first; nothing was changed. */
export class StaleRevisionError extends Error {
  constructor() {
    super('the record changed while this write was being prepared');
    this.name = 'StaleRevisionError';
  }
}

/**
 * A statement that aborts its batch unless `condition` (an SQL expression giving 1 or 0, with its
 * own parameters) holds. `IS` compares with NULL as a value, so `(SELECT revision …) IS ?` with
 * null means "does not exist yet".
 *
 * @example precondition(db, '(SELECT revision FROM organizations WHERE slug = ?1) IS ?2', 'x', 3)
 */
export function precondition(db: Database, condition: string, ...params: unknown[]): D1PreparedStatement {
  return db.prepare(`INSERT INTO write_preconditions (held) VALUES ((${condition}))`).bind(...params);
}

/**
 * Runs a write batch: its preconditions, its statements, the release of the preconditions.
 * @throws {StaleRevisionError} when a precondition failed (and nothing was written).
 */
export async function runGuarded(db: Database, preconditions: D1PreparedStatement[], statements: D1PreparedStatement[]): Promise<D1Result[]> {
  try {
    return await db.batch([...preconditions, ...statements, db.prepare('DELETE FROM write_preconditions')]);
  } catch (error) {
    if (error instanceof Error && error.message.includes('CHECK constraint failed: stale_revision')) throw new StaleRevisionError();
    throw error;
  }
}

const ATTEMPTS = 8;

/**
 * Runs `attempt` (read, check, build and run a guarded batch) again when another write got in
 * between: up to eight times, after a short random wait that grows, so writers racing on one
 * record take turns instead of colliding again. The caller's own If-Match failing is a 412 and is
 * never retried.
 */
export async function withRetries<T>(attempt: () => Promise<T>, onExhausted: () => Error): Promise<T> {
  for (let i = 0; i < ATTEMPTS; i += 1) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * i));
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
    }
  }
  throw onExhausted();
}
