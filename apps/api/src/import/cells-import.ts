/**
 * Plans a cells import: the rows are cells of one census (one `asOf` per file), written as one
 * census write (the domain's planCensusWrite), so an import of a new day starts that day's census.
 * Each row is checked against the Charter like a cell PUT.
 */
import {
  cellChecks,
  columnName,
  grassrootsWarning,
  planCensusWrite,
  readCellRow,
  validityIssue,
  type ApiIssue,
  type CellImportColumn,
  type CellImportRow,
  type ColumnMap,
  type CsvRecord,
  type ImportRowReport,
  type Source,
  type WriteWarning,
} from '@chitieu/domain';
import type { Actor } from '../db/audit-log.ts';
import { censusPrecondition, censusStatements, loadCensusContext } from '../db/cell-census-writes.ts';
import type { Database } from '../db/database.ts';
import { grassrootsFigures } from '../db/grassroots-figures.ts';
import type { StoredOrganization } from '../db/organizations.ts';
import type { ImportPlan } from './import-plan.ts';

export async function planCellsImport(
  db: Database,
  organization: StoredOrganization,
  records: readonly CsvRecord[],
  columns: ColumnMap<CellImportColumn>,
  actor: Actor,
): Promise<ImportPlan> {
  const slug = organization.record.slug;
  const reports = new Map<number, ImportRowReport>();
  const accepted: { line: number; row: CellImportRow; warnings: WriteWarning[] }[] = [];
  const seen = new Map<string, number>();
  let census: { asOf: string; line: number } | null = null;
  let term: { term: string; line: number } | null = null;
  const reject = (line: number, key: string | null, asOf: string | null, issues: ApiIssue[]) =>
    reports.set(line, { line, key, asOf, outcome: 'rejected', revision: null, issues, warnings: [] });

  for (const record of records) {
    const result = readCellRow(record, columns);
    if (!result.ok) {
      reject(result.line, result.key, null, result.issues);
      continue;
    }
    const row = result.value;
    census ??= { asOf: row.asOf, line: result.line };
    if (row.term !== null) term ??= { term: row.term, line: result.line };
    const issues: ApiIssue[] = [];
    if (row.asOf !== census.asOf) {
      issues.push({ path: [columnName(columns, 'asOf')], message: `one census per file: line ${census.line} is as of ${census.asOf}` });
    }
    if (row.term !== null && term && row.term !== term.term) {
      issues.push({ path: [columnName(columns, 'term')], message: `one term per file: line ${term.line} says ${term.term}` });
    }
    const first = seen.get(row.slug);
    if (first !== undefined) issues.push({ path: [columnName(columns, 'slug')], message: `the same cell as line ${first}` });
    seen.set(row.slug, first ?? result.line);
    const outside = validityIssue(organization.record, row.asOf, [columnName(columns, 'asOf')]);
    if (outside) issues.push(outside);
    const checks = cellChecks(row.cell, row.asOf, (field) => [columnName(columns, field)]);
    issues.push(...checks.refusals);
    if (issues.length > 0) reject(result.line, row.slug, row.asOf, issues);
    else accepted.push({ line: result.line, row, warnings: checks.warnings });
  }

  const plan: ImportPlan = { rows: [], preconditions: [], statements: [], invalidate: [] };
  if (census && accepted.length > 0) {
    const context = await loadCensusContext(db, organization.id, census.asOf);
    const sources: Source[] = accepted.flatMap(({ row }) => (row.source ? [row.source] : []));
    const changes = accepted.map(({ row }) => ({ slug: row.slug, cell: row.cell }));
    const planned = planCensusWrite(context, { asOf: census.asOf, term: term?.term, sources, changes });
    if (!planned.ok) {
      const column: Record<string, CellImportColumn> = { term: 'term', sources: 'sourcePublisher', asOf: 'asOf' };
      const issues = planned.issues.map((issue) => ({ ...issue, path: [columnName(columns, column[String(issue.path[0])] ?? 'asOf')] }));
      for (const { line, row } of accepted) reject(line, row.slug, row.asOf, issues);
    } else {
      const { plan: censusPlan } = planned;
      const revision = censusPlan.revision ?? censusPlan.base?.revision ?? null;
      // The census after the import: the cells it starts from (its own, or the copied ones) and the rows.
      const kept =
        censusPlan.base && (!censusPlan.createsCensus || censusPlan.copiesBase) ? [...censusPlan.base.cells].filter(([, c]) => !c.deleted).map(([s]) => s) : [];
      const cells = new Set([...kept, ...accepted.map(({ row }) => row.slug)]).size;
      const { members } = await grassrootsFigures(db, organization.id, census.asOf);
      const grassroots = grassrootsWarning(organization.record.kind, { members, cells }, []);
      for (const [index, { line, row, warnings }] of accepted.entries()) {
        const outcome = censusPlan.outcomes.get(row.slug) ?? 'unchanged';
        const rowWarnings = index === 0 && grassroots ? [...warnings, grassroots] : warnings;
        reports.set(line, {
          line,
          key: row.slug,
          asOf: row.asOf,
          outcome: outcome === 'deleted' ? 'updated' : outcome,
          revision,
          issues: [],
          warnings: rowWarnings,
        });
      }
      if (censusPlan.revision !== null) {
        const lines = new Map(accepted.map(({ line, row }) => [row.slug, line]));
        const write = {
          organizationId: organization.id,
          organization: slug,
          actor,
          at: new Date().toISOString(),
          changes,
          detail: (cell: string) => ({ via: 'import', line: lines.get(cell) }),
        };
        plan.preconditions.push(censusPrecondition(db, organization.id, context));
        plan.statements.push(...censusStatements(db, { ...censusPlan, revision: censusPlan.revision }, write));
        plan.invalidate.push(`/v1/organizations/${slug}/cells`);
      }
    }
  }
  plan.rows = [...reports.values()].sort((a, b) => a.line - b.line);
  return plan;
}
