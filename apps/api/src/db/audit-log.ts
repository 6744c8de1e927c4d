/** The audit log (table audit_log): entries are written in the same batch as the change they record. */
import { AuditEntrySchema, type AuditAction, type AuditEntry, type AuditLog } from '@chitieu/domain';
import type { Database } from './database.ts';

/** Who makes a change: a key (its id and newsroom) or the administrator. */
export type Actor = { id: string; newsroomId: number | null };

export type AuditRecord = {
  at: string;
  actor: Actor;
  action: AuditAction;
  organization: string | null;
  resource: string;
  revision: number | null;
  detail: Record<string, unknown> | null;
};

/** The statement that records a change; put it in the change's batch so both happen or neither. */
export function auditStatement(db: Database, entry: AuditRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (at, actor, newsroom_id, action, organization, resource, revision, detail)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      entry.at,
      entry.actor.id,
      entry.actor.newsroomId,
      entry.action,
      entry.organization,
      entry.resource,
      entry.revision,
      entry.detail === null ? null : JSON.stringify(entry.detail),
    );
}

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  label: string | null;
  newsroom: string | null;
  action: string;
  organization: string | null;
  resource: string;
  revision: number | null;
  detail: string | null;
};

/** A page of the log, newest first, optionally of one organisation and before an entry id; each entry with its key's label. */
export async function listAudit(db: Database, query: { organization: string | null; before: number | null; limit: number }): Promise<AuditLog> {
  const { results } = await db
    .prepare(
      `SELECT l.id, l.at, l.actor, k.label, n.slug AS newsroom, l.action, l.organization, l.resource, l.revision, l.detail
       FROM audit_log l LEFT JOIN newsrooms n ON n.id = l.newsroom_id LEFT JOIN api_keys k ON k.id = l.actor
       WHERE (?1 IS NULL OR l.organization = ?1) AND (?2 IS NULL OR l.id < ?2)
       ORDER BY l.id DESC LIMIT ?3`,
    )
    .bind(query.organization, query.before, query.limit + 1)
    .all<AuditRow>();
  const entries: AuditEntry[] = results
    .slice(0, query.limit)
    .map((row) => AuditEntrySchema.parse({ ...row, detail: row.detail === null ? null : JSON.parse(row.detail) }));
  const last = entries.at(-1);
  return { entries, next: results.length > query.limit && last ? last.id : null };
}
