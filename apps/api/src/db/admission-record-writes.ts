/**
 * Writing admission records: the statements that supersede a record's current revision (copied to
 * admission_record_revisions with its sources), store the new one or mark it deleted, and record the
 * change in the audit log. Callers put them in one guarded batch (./write-guard.ts).
 */
import { admissionOutcome, changedKeys, type AdmissionInput, type AdmissionState } from '@chitieu/domain';
import { toAdmissionInput, type AdmissionVersionRow } from './admission-records.ts';
import { auditStatement, type Actor } from './audit-log.ts';
import type { Database } from './database.ts';
import { insertSourcesStatements, linkSourceStatement, sourcesJsonSql } from './sources.ts';
import { precondition } from './write-guard.ts';

/** The live row of organisation `organizationId`'s record for `period`, or null when there never was one. */
export async function loadAdmissionState(db: Database, organizationId: number, period: string): Promise<AdmissionState | null> {
  const row = await db
    .prepare(
      `SELECT a.revision, a.deleted_at, a.admitted, a.target_min, a.target_max, a.breakdown, a.term_to_date_term, a.term_to_date_admitted,
         a.total_members, a.as_of, ${sourcesJsonSql('admissionRecord', 'a.id')} AS sources
       FROM admission_records a WHERE a.organization_id = ?1 AND a.period = ?2`,
    )
    .bind(organizationId, period)
    .first<AdmissionVersionRow & { revision: number; deleted_at: string | null }>();
  return row ? { revision: row.revision, deleted: row.deleted_at !== null, input: toAdmissionInput(row) } : null;
}

const RECORD = '(SELECT id FROM admission_records WHERE organization_id = ?1 AND period = ?2)';

/** The precondition that the record is still at `current`'s revision (or still absent). */
export function admissionPrecondition(db: Database, organizationId: number, period: string, current: AdmissionState | null): D1PreparedStatement {
  return precondition(
    db,
    `(SELECT revision FROM admission_records WHERE organization_id = ?1 AND period = ?2) IS ?3`,
    organizationId,
    period,
    current?.revision ?? null,
  );
}

function snapshot(db: Database, organizationId: number, period: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO admission_record_revisions (admission_record_id, revision, admitted, target_min, target_max, breakdown, term_to_date_term,
         term_to_date_admitted, total_members, as_of, sources, deleted, updated_at)
       SELECT a.id, a.revision, a.admitted, a.target_min, a.target_max, a.breakdown, a.term_to_date_term, a.term_to_date_admitted,
         a.total_members, a.as_of, ${sourcesJsonSql('admissionRecord', 'a.id')}, a.deleted_at IS NOT NULL, a.updated_at
       FROM admission_records a WHERE a.organization_id = ?1 AND a.period = ?2`,
    )
    .bind(organizationId, period);
}

export type AdmissionWrite = {
  organizationId: number;
  organization: string;
  period: string;
  current: AdmissionState | null;
  actor: Actor;
  at: string;
  /** Said in the audit entry: where the change came from, e.g. { via: 'import', line: 4 }. */
  detail?: Record<string, unknown>;
};

/** Statements storing `input` as the record's next revision (its sources in the order given, already without repeats). */
export function putAdmissionStatements(db: Database, write: AdmissionWrite, input: AdmissionInput): D1PreparedStatement[] {
  const { organizationId, period, current, at } = write;
  const revision = (current?.revision ?? 0) + 1;
  const statements = current === null ? [] : [snapshot(db, organizationId, period)];
  statements.push(
    db
      .prepare(
        `INSERT INTO admission_records (organization_id, period, admitted, target_min, target_max, breakdown, term_to_date_term,
           term_to_date_admitted, total_members, as_of, revision, created_at, updated_at, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, NULL)
         ON CONFLICT (organization_id, period) DO UPDATE SET admitted = excluded.admitted, target_min = excluded.target_min,
           target_max = excluded.target_max, breakdown = excluded.breakdown, term_to_date_term = excluded.term_to_date_term,
           term_to_date_admitted = excluded.term_to_date_admitted, total_members = excluded.total_members, as_of = excluded.as_of,
           revision = excluded.revision, updated_at = excluded.updated_at, deleted_at = NULL`,
      )
      .bind(
        organizationId,
        period,
        input.admitted,
        input.target?.min ?? null,
        input.target?.max ?? null,
        JSON.stringify(input.breakdown),
        input.termToDate?.term ?? null,
        input.termToDate?.admitted ?? null,
        input.totalMembers,
        input.asOf,
        revision,
        at,
      ),
    db.prepare(`DELETE FROM admission_record_sources WHERE admission_record_id = ${RECORD}`).bind(organizationId, period),
    ...insertSourcesStatements(db, input.sources),
    ...input.sources.map((source, position) => linkSourceStatement(db, 'admissionRecord', RECORD, [organizationId, period], source, position)),
  );
  const outcome = admissionOutcome(current, input);
  statements.push(
    auditStatement(db, {
      at,
      actor: write.actor,
      action: outcome === 'created' ? 'admission.create' : 'admission.update',
      organization: write.organization,
      resource: `/v1/organizations/${write.organization}/admissions/${period}`,
      revision,
      detail: { ...(current && !current.deleted ? { changed: changedKeys(current.input, input) } : {}), ...write.detail },
    }),
  );
  return statements;
}

/** Statements marking the record deleted as its next revision; its figures stay in the history. */
export function deleteAdmissionStatements(db: Database, write: AdmissionWrite & { current: AdmissionState }): D1PreparedStatement[] {
  const { organizationId, period, at } = write;
  const revision = write.current.revision + 1;
  return [
    snapshot(db, organizationId, period),
    db
      .prepare('UPDATE admission_records SET deleted_at = ?3, revision = ?4, updated_at = ?3 WHERE organization_id = ?1 AND period = ?2')
      .bind(organizationId, period, at, revision),
    auditStatement(db, {
      at,
      actor: write.actor,
      action: 'admission.delete',
      organization: write.organization,
      resource: `/v1/organizations/${write.organization}/admissions/${period}`,
      revision,
      detail: write.detail ?? null,
    }),
  ];
}

/** The live rows of all the organisation's admission records, by period. */
export async function loadAdmissionStates(db: Database, organizationId: number): Promise<Map<string, AdmissionState>> {
  const { results } = await db
    .prepare(
      `SELECT a.period, a.revision, a.deleted_at, a.admitted, a.target_min, a.target_max, a.breakdown, a.term_to_date_term,
         a.term_to_date_admitted, a.total_members, a.as_of, ${sourcesJsonSql('admissionRecord', 'a.id')} AS sources
       FROM admission_records a WHERE a.organization_id = ?1`,
    )
    .bind(organizationId)
    .all<AdmissionVersionRow & { period: string; revision: number; deleted_at: string | null }>();
  return new Map(results.map((row) => [row.period, { revision: row.revision, deleted: row.deleted_at !== null, input: toAdmissionInput(row) }]));
}
