/** The data desk's sessions (table sessions): stored by the SHA-256 of their token, used with their key's rights. */
import type { Database } from './database.ts';

/** A live session and the key it acts for. */
export type StoredSession = {
  keyId: string;
  newsroomId: number;
  newsroom: string;
  newsroomName: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string;
};

type SessionRow = {
  key_id: string;
  newsroom_id: number;
  newsroom: string;
  newsroom_name: string;
  label: string | null;
  created_at: string;
  last_used_at: string;
};

/**
 * Stores a new session for a key, and deletes the sessions (of every key) unused since `staleBefore`,
 * so the table holds only sessions that may still be used.
 */
export async function createSession(db: Database, session: { tokenHash: string; keyId: string; at: string; staleBefore: string }): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM sessions WHERE last_used_at < ?1').bind(session.staleBefore),
    db
      .prepare('INSERT INTO sessions (token_hash, key_id, created_at, last_used_at) VALUES (?1, ?2, ?3, ?3)')
      .bind(session.tokenHash, session.keyId, session.at),
  ]);
}

/**
 * Uses the session: when it was last used at or after `staleBefore` and its key is not revoked, moves
 * its last use to `at` and answers it; otherwise null (unknown, signed out, idle too long, or its key
 * revoked). One round trip; the check and the move are one statement, so two racing requests cannot
 * revive a session that has just expired.
 */
export async function useSession(db: Database, tokenHash: string, at: string, staleBefore: string): Promise<StoredSession | null> {
  const [used, found] = await db.batch([
    db
      .prepare(
        `UPDATE sessions SET last_used_at = ?2
         WHERE token_hash = ?1 AND last_used_at >= ?3
           AND EXISTS (SELECT 1 FROM api_keys k WHERE k.id = sessions.key_id AND k.revoked_at IS NULL)
         RETURNING key_id`,
      )
      .bind(tokenHash, at, staleBefore),
    db
      .prepare(
        `SELECT s.key_id, k.newsroom_id, n.slug AS newsroom, n.name AS newsroom_name, k.label, s.created_at, s.last_used_at
         FROM sessions s JOIN api_keys k ON k.id = s.key_id JOIN newsrooms n ON n.id = k.newsroom_id
         WHERE s.token_hash = ?1`,
      )
      .bind(tokenHash),
  ]);
  const row = (found?.results as SessionRow[] | undefined)?.[0];
  if ((used?.results.length ?? 0) === 0 || !row) return null;
  return {
    keyId: row.key_id,
    newsroomId: row.newsroom_id,
    newsroom: row.newsroom,
    newsroomName: row.newsroom_name,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

/** Ends a session (sign-out); ending one that has already ended changes nothing. */
export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.prepare('DELETE FROM sessions WHERE token_hash = ?1').bind(tokenHash).run();
}
