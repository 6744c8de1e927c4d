/**
 * Queries on admission records (kết nạp per year or term) with their sources and history; rows
 * become domain records. A record's versions are its live row and its superseded copies in
 * admission_record_revisions, so one query answers the current record, a pinned revision, or the
 * latest revision whose figures are as of a day.
 */
import { StoredBreakdownSchema, type AdmissionInput } from '@chitieu/domain';
import { CURRENT, type StoredAdmission, type VersionSelector } from '@chitieu/embed';
import type { Database } from './database.ts';
import { organizationAt } from './organization-history.ts';
import { parseSuccessorRefs, successorRefsSql } from './organizations.ts';
import { parseSourcesJson, sourcesJsonSql } from './sources.ts';

/** A stored admission record: what the data desk entered, whose it is, and its revision. */
export type AdmissionRecord = StoredAdmission;

export type { VersionSelector };

/** The columns of a version, the same in the live table and in the revisions table. */
export type AdmissionVersionRow = {
  admitted: number;
  target_min: number | null;
  target_max: number | null;
  breakdown: string;
  term_to_date_term: string | null;
  term_to_date_admitted: number | null;
  total_members: number | null;
  as_of: string;
  sources: string;
};

type AdmissionRow = AdmissionVersionRow & {
  organization_slug: string;
  organization_name: string;
  organization_valid_to: string | null;
  organization_successors: string;
  period: string;
  revision: number;
  updated_at: string;
};

/**
 * The live row and the superseded copies of one record (organisation ?1, period ?2), newest first.
 * Deleted versions are left out; `?3` picks the version: 'current', 'revision' (= ?4) or 'asOf'
 * (figures as of ?4 or earlier, and only while the record is not deleted).
 */
/**
 * The CTE `versions`: every revision of the record in the CTE `record`, the current one from its row and
 * the earlier ones from admission_record_revisions, each with its sources.
 */
export const ADMISSION_VERSIONS_SQL = `versions AS (
    SELECT revision, admitted, target_min, target_max, breakdown, term_to_date_term, term_to_date_admitted, total_members,
      as_of, updated_at, deleted_at IS NOT NULL AS deleted, ${sourcesJsonSql('admissionRecord', 'record.id')} AS sources
    FROM record
    UNION ALL
    SELECT h.revision, h.admitted, h.target_min, h.target_max, h.breakdown, h.term_to_date_term, h.term_to_date_admitted,
      h.total_members, h.as_of, h.updated_at, h.deleted, h.sources
    FROM admission_record_revisions h JOIN record ON h.admission_record_id = record.id
  )`;

const SELECT_VERSION = `
  WITH record AS (
    SELECT a.*, o.slug AS organization_slug, o.name AS organization_name, o.valid_to AS organization_valid_to,
      ${successorRefsSql('o.id')} AS organization_successors
    FROM admission_records a JOIN organizations o ON o.id = a.organization_id
    WHERE o.slug = ?1 AND a.period = ?2
  ),
  ${ADMISSION_VERSIONS_SQL}
  SELECT v.*, record.period, record.organization_slug, record.organization_name, record.organization_valid_to, record.organization_successors
  FROM versions v, record
  WHERE NOT v.deleted AND CASE ?3
    WHEN 'current' THEN v.revision = record.revision
    WHEN 'revision' THEN v.revision = ?4
    ELSE record.deleted_at IS NULL AND v.as_of <= ?4 END
  ORDER BY v.revision DESC
  LIMIT 1`;

/**
 * The domain's AdmissionInput of a version's columns. Read as stored, not checked against today's
 * write limits: a record written under older rules must still be served (and rewritten).
 */
export function toAdmissionInput(row: AdmissionVersionRow): AdmissionInput {
  return {
    admitted: row.admitted,
    target: row.target_min === null || row.target_max === null ? null : { min: row.target_min, max: row.target_max },
    breakdown: StoredBreakdownSchema.parse(JSON.parse(row.breakdown)),
    termToDate:
      row.term_to_date_term === null || row.term_to_date_admitted === null ? null : { term: row.term_to_date_term, admitted: row.term_to_date_admitted },
    totalMembers: row.total_members,
    asOf: row.as_of,
    sources: parseSourcesJson(row.sources),
  };
}

/**
 * The admission record of an organisation for a period key (`2024`, `2020-2025`), in the version the
 * selector asks for (the current one by default); null when there is none or it was deleted.
 */
export async function findAdmissionRecord(
  db: Database,
  organization: string,
  period: string,
  selector: VersionSelector = CURRENT,
): Promise<AdmissionRecord | null> {
  const value = selector.kind === 'revision' ? selector.revision : selector.kind === 'asOf' ? selector.asOf : null;
  const row = await db.prepare(SELECT_VERSION).bind(organization, period, selector.kind, value).first<AdmissionRow>();
  if (!row) return null;
  // A pinned revision is cached as immutable: it shows the organisation as it stood when it was written.
  const pinned = selector.kind === 'revision' ? await organizationAt(db, row.organization_slug, row.updated_at) : null;
  return {
    ...toAdmissionInput(row),
    organization: pinned?.organization ?? { slug: row.organization_slug, name: row.organization_name },
    period: row.period,
    revision: row.revision,
    updatedAt: row.updated_at,
    organizationValidTo: pinned ? pinned.validTo : row.organization_valid_to,
    successors: pinned?.successors ?? parseSuccessorRefs(row.organization_successors),
  };
}
