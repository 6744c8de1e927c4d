/** What the Charter's grassroots rule needs of an organisation on a day: its latest known membership and its live cells. */
import type { Database } from './database.ts';

/**
 * The membership (`totalMembers` of the latest admission record that states one) and the number of
 * live cells (of the latest census), both on or before `day`; the latest of all when `day` is null.
 */
export async function grassrootsFigures(db: Database, organizationId: number, day: string | null): Promise<{ members: number | null; cells: number }> {
  const row = await db
    .prepare(
      `SELECT
         (SELECT total_members FROM admission_records
           WHERE organization_id = ?1 AND deleted_at IS NULL AND total_members IS NOT NULL AND (?2 IS NULL OR as_of <= ?2)
           ORDER BY as_of DESC LIMIT 1) AS members,
         (SELECT COUNT(*) FROM cells WHERE deleted_at IS NULL AND census_id =
           (SELECT id FROM cell_censuses WHERE organization_id = ?1 AND (?2 IS NULL OR as_of <= ?2) ORDER BY as_of DESC LIMIT 1)) AS cells`,
    )
    .bind(organizationId, day)
    .first<{ members: number | null; cells: number }>();
  return { members: row?.members ?? null, cells: row?.cells ?? 0 };
}
