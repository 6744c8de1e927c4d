/** Newsrooms (table newsrooms) and their API keys (table api_keys). */
import { ApiKeySchema, NewsroomSchema, type ApiKey, type Newsroom, type NewsroomInput } from '@chitieu/domain';
import { auditStatement, type Actor } from './audit-log.ts';
import type { Database } from './database.ts';

type NewsroomRow = { id: number; slug: string; name: string; created_at: string };

const toNewsroom = (row: NewsroomRow): Newsroom => NewsroomSchema.parse({ slug: row.slug, name: row.name, createdAt: row.created_at });

/** The newsroom with this slug and its internal id, or null. */
export async function findNewsroom(db: Database, slug: string): Promise<{ id: number; newsroom: Newsroom } | null> {
  const row = await db.prepare('SELECT id, slug, name, created_at FROM newsrooms WHERE slug = ?1').bind(slug).first<NewsroomRow>();
  return row ? { id: row.id, newsroom: toNewsroom(row) } : null;
}

/** Creates a newsroom; null when the slug is taken (checked by the UNIQUE constraint, so two racing creations cannot both win). */
export async function createNewsroom(db: Database, input: NewsroomInput, actor: Actor, at: string): Promise<Newsroom | null> {
  try {
    await db.batch([
      db.prepare('INSERT INTO newsrooms (slug, name, created_at) VALUES (?1, ?2, ?3)').bind(input.slug, input.name, at),
      auditStatement(db, {
        at,
        actor,
        action: 'newsroom.create',
        organization: null,
        resource: `/v1/newsrooms/${input.slug}`,
        revision: null,
        detail: { name: input.name },
      }),
    ]);
  } catch (error) {
    if (error instanceof Error && error.message.includes('UNIQUE constraint failed: newsrooms.slug')) return null;
    throw error;
  }
  return { slug: input.slug, name: input.name, createdAt: at };
}

type KeyRow = { id: string; newsroom_id: number; newsroom: string; label: string | null; key_hash: string; created_at: string; revoked_at: string | null };

const SELECT_KEYS = `SELECT k.id, k.newsroom_id, n.slug AS newsroom, k.label, k.key_hash, k.created_at, k.revoked_at
  FROM api_keys k JOIN newsrooms n ON n.id = k.newsroom_id`;

const toApiKey = (row: KeyRow): ApiKey =>
  ApiKeySchema.parse({ id: row.id, newsroom: row.newsroom, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at });

export type StoredApiKey = { key: ApiKey; newsroomId: number; keyHash: string };

/** The statement finding a key's row (its hash, newsroom and revocation), to batch with other reads. */
export function findApiKeyStatement(db: Database, id: string): D1PreparedStatement {
  return db.prepare(`${SELECT_KEYS} WHERE k.id = ?1`).bind(id);
}

/** The key of a `findApiKeyStatement` result, or null. */
export function storedApiKey(result: D1Result | undefined): StoredApiKey | null {
  const row = (result?.results as KeyRow[] | undefined)?.[0];
  return row ? { key: toApiKey(row), newsroomId: row.newsroom_id, keyHash: row.key_hash } : null;
}

/** Stores a new key's hash (never the key) and who holds it. */
export async function insertApiKey(
  db: Database,
  key: { id: string; hash: string; newsroomId: number; newsroom: string; label: string },
  actor: Actor,
  at: string,
): Promise<void> {
  await db.batch([
    db
      .prepare('INSERT INTO api_keys (id, newsroom_id, key_hash, created_at, label) VALUES (?1, ?2, ?3, ?4, ?5)')
      .bind(key.id, key.newsroomId, key.hash, at, key.label),
    auditStatement(db, {
      at,
      actor,
      action: 'key.issue',
      organization: null,
      resource: `/v1/newsrooms/${key.newsroom}/keys/${key.id}`,
      revision: null,
      detail: { label: key.label },
    }),
  ]);
}

/** A newsroom's keys, oldest first, revoked ones included. */
export async function listApiKeys(db: Database, newsroomId: number): Promise<ApiKey[]> {
  const { results } = await db.prepare(`${SELECT_KEYS} WHERE k.newsroom_id = ?1 ORDER BY k.created_at, k.id`).bind(newsroomId).all<KeyRow>();
  return results.map(toApiKey);
}

/**
 * Revokes a key of the newsroom (again is harmless: the first revocation time stays) and ends its
 * sessions; null when it has no such key. Sessions also check their key on every request, so this
 * only tidies up.
 */
export async function revokeApiKey(db: Database, newsroom: { id: number; slug: string }, id: string, actor: Actor, at: string): Promise<ApiKey | null> {
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?3) WHERE id = ?1 AND newsroom_id = ?2
         RETURNING id, newsroom_id, ?4 AS newsroom, label, key_hash, created_at, revoked_at`,
      )
      .bind(id, newsroom.id, at, newsroom.slug),
    db
      .prepare(
        `INSERT INTO audit_log (at, actor, newsroom_id, action, organization, resource, revision, detail)
         SELECT ?1, ?2, ?3, 'key.revoke', NULL, ?4, NULL, NULL
         WHERE EXISTS (SELECT 1 FROM api_keys WHERE id = ?5 AND newsroom_id = ?6 AND revoked_at = ?1)`,
      )
      .bind(at, actor.id, actor.newsroomId, `/v1/newsrooms/${newsroom.slug}/keys/${id}`, id, newsroom.id),
    db.prepare('DELETE FROM sessions WHERE key_id = (SELECT id FROM api_keys WHERE id = ?1 AND newsroom_id = ?2)').bind(id, newsroom.id),
  ]);
  const row = (update?.results as KeyRow[] | undefined)?.[0];
  return row ? toApiKey(row) : null;
}
