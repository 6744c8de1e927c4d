/** The admission records an organisation has, one line per period: what the data desk lists on an organisation's page. */
import type { Target } from '@chitieu/domain';
import type { Database } from './database.ts';

/** One period's record as the list shows it: its figures in brief, its revision, and whether it was deleted. */
export type AdmissionPeriod = {
  period: string;
  admitted: number;
  target: Target | null;
  asOf: string;
  revision: number;
  updatedAt: string;
  /** Taken out of reads (its history keeps it); written again, it comes back. */
  deleted: boolean;
};

type PeriodRow = {
  period: string;
  admitted: number;
  target_min: number | null;
  target_max: number | null;
  as_of: string;
  revision: number;
  updated_at: string;
  deleted: number;
};

/** Every period the organisation (by id) has a record for, the latest period first (a term after the years it ends with). */
export async function listAdmissionPeriods(db: Database, organizationId: number): Promise<AdmissionPeriod[]> {
  const { results } = await db
    .prepare(
      `SELECT period, admitted, target_min, target_max, as_of, revision, updated_at, deleted_at IS NOT NULL AS deleted
       FROM admission_records WHERE organization_id = ?1 ORDER BY substr(period, -4) DESC, length(period) DESC, period DESC`,
    )
    .bind(organizationId)
    .all<PeriodRow>();
  return results.map((row) => ({
    period: row.period,
    admitted: row.admitted,
    target: row.target_min === null || row.target_max === null ? null : { min: row.target_min, max: row.target_max },
    asOf: row.as_of,
    revision: row.revision,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
  }));
}
