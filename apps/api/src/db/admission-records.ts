/** Queries on admission records (kết nạp per year or term) with their sources; rows become domain records. */
import { AdmissionInputSchema, type AdmissionInput, type OrganizationRef } from '@chitieu/domain';
import type { Database } from './database.ts';
import { sourcesJsonSql } from './sources.ts';

/** A stored admission record: what the data desk entered, whose it is, and its revision. */
export type AdmissionRecord = AdmissionInput & {
  organization: OrganizationRef;
  period: string;
  revision: number;
  updatedAt: string;
};

type AdmissionRow = {
  organization_slug: string;
  organization_name: string;
  period: string;
  admitted: number;
  target_min: number | null;
  target_max: number | null;
  breakdown: string;
  term_to_date_term: string | null;
  term_to_date_admitted: number | null;
  total_members: number | null;
  as_of: string;
  revision: number;
  updated_at: string;
  sources: string;
};

const SELECT_ADMISSION = `
  SELECT o.slug AS organization_slug, o.name AS organization_name, a.period, a.admitted, a.target_min, a.target_max,
    a.breakdown, a.term_to_date_term, a.term_to_date_admitted, a.total_members, a.as_of, a.revision, a.updated_at,
    ${sourcesJsonSql('admissionRecord', 'a.id')} AS sources
  FROM admission_records a JOIN organizations o ON o.id = a.organization_id
  WHERE o.slug = ?1 AND a.period = ?2`;

function toAdmissionRecord(row: AdmissionRow): AdmissionRecord {
  const input = AdmissionInputSchema.parse({
    admitted: row.admitted,
    target: row.target_min === null || row.target_max === null ? null : { min: row.target_min, max: row.target_max },
    breakdown: JSON.parse(row.breakdown),
    termToDate:
      row.term_to_date_term === null || row.term_to_date_admitted === null
        ? null
        : { term: row.term_to_date_term, admitted: row.term_to_date_admitted },
    totalMembers: row.total_members,
    asOf: row.as_of,
    sources: JSON.parse(row.sources),
  });
  return {
    ...input,
    organization: { slug: row.organization_slug, name: row.organization_name },
    period: row.period,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** The admission record of an organisation for a period key (`2024`, `2020-2025`), or null. */
export async function findAdmissionRecord(db: Database, organization: string, period: string): Promise<AdmissionRecord | null> {
  const row = await db.prepare(SELECT_ADMISSION).bind(organization, period).first<AdmissionRow>();
  return row ? toAdmissionRecord(row) : null;
}
