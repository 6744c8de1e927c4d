/** Plans an admissions import: each row is a record's next revision (its breakdown kept), checked against what is stored and against the Charter. */
import {
  admissionChecks,
  admissionOutcome,
  columnName,
  distinctSources,
  grassrootsWarning,
  readAdmissionRow,
  validityIssue,
  type AdmissionImportColumn,
  type ApiIssue,
  type ColumnMap,
  type CsvRecord,
  type ImportRowReport,
} from '@chitieu/domain';
import type { Actor } from '../db/audit-log.ts';
import { admissionPrecondition, loadAdmissionStates, putAdmissionStatements } from '../db/admission-record-writes.ts';
import type { Database } from '../db/database.ts';
import { grassrootsFigures } from '../db/grassroots-figures.ts';
import type { StoredOrganization } from '../db/organizations.ts';
import type { ImportPlan } from './import-plan.ts';

export async function planAdmissionsImport(
  db: Database,
  organization: StoredOrganization,
  records: readonly CsvRecord[],
  columns: ColumnMap<AdmissionImportColumn>,
  actor: Actor,
): Promise<ImportPlan> {
  const states = await loadAdmissionStates(db, organization.id);
  const slug = organization.record.slug;
  const rows: ImportRowReport[] = [];
  const preconditions: D1PreparedStatement[] = [];
  const statements: D1PreparedStatement[] = [];
  const at = new Date().toISOString();
  const seen = new Map<string, number>();
  for (const record of records) {
    const result = readAdmissionRow(record, columns);
    if (!result.ok) {
      rows.push({ line: result.line, key: result.key, asOf: null, outcome: 'rejected', revision: null, issues: result.issues, warnings: [] });
      continue;
    }
    const { period, record: figures } = result.value;
    const issues: ApiIssue[] = [];
    const first = seen.get(period);
    if (first !== undefined) issues.push({ path: [columnName(columns, 'period')], message: `the same period as line ${first}` });
    const outside = validityIssue(organization.record, figures.asOf, [columnName(columns, 'asOf')]);
    if (outside) issues.push(outside);
    const checks = admissionChecks(period, figures, (field) => [columnName(columns, field)]);
    issues.push(...checks.refusals);
    seen.set(period, first ?? result.line);
    if (issues.length > 0) {
      rows.push({ line: result.line, key: period, asOf: figures.asOf, outcome: 'rejected', revision: null, issues, warnings: [] });
      continue;
    }
    const warnings = [...checks.warnings];
    if (figures.totalMembers !== null) {
      const { cells } = await grassrootsFigures(db, organization.id, figures.asOf);
      const grassroots = grassrootsWarning(organization.record.kind, { members: figures.totalMembers, cells }, [columnName(columns, 'totalMembers')]);
      if (grassroots) warnings.push(grassroots);
    }
    const current = states.get(period) ?? null;
    const input = { ...figures, sources: distinctSources(figures.sources), breakdown: current && !current.deleted ? current.input.breakdown : {} };
    const outcome = admissionOutcome(current, input);
    const revision = outcome === 'unchanged' && current ? current.revision : (current?.revision ?? 0) + 1;
    rows.push({ line: result.line, key: period, asOf: figures.asOf, outcome, revision, issues: [], warnings });
    if (outcome === 'unchanged') continue;
    const write = { organizationId: organization.id, organization: slug, period, current, actor, at, detail: { via: 'import', line: result.line } };
    preconditions.push(admissionPrecondition(db, organization.id, period, current));
    statements.push(...putAdmissionStatements(db, write, input));
  }
  return {
    rows,
    preconditions,
    statements,
    invalidate: rows.filter((r) => r.outcome !== 'unchanged' && r.key).map((r) => `/v1/organizations/${slug}/admissions/${r.key}`),
  };
}
