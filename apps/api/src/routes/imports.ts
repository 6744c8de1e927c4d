/** POST /v1/organizations/{org}/import: a CSV of cells or admissions from a spreadsheet, all rows or none, with a dry run. */
import {
  ADMISSION_IMPORT_COLUMNS,
  CELL_IMPORT_COLUMNS,
  detectImportKind,
  IMPORT_KINDS,
  IMPORT_OUTCOMES,
  ImportReportSchema,
  mapColumns,
  type ImportKind,
  type ImportReport,
} from '@chitieu/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { actorOf, newsroomOf } from '../auth/principal.ts';
import { runGuarded, withRetries } from '../db/write-guard.ts';
import { planAdmissionsImport } from '../import/admissions-import.ts';
import { planCellsImport } from '../import/cells-import.ts';
import { csvBody } from '../import/csv-body.ts';
import { MAX_ADMISSION_ROWS, MAX_CELL_ROWS, type ImportPlan } from '../import/import-plan.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses, WRITE_ERRORS } from '../http/error-responses.ts';
import { invalidateReads } from '../http/invalidate-reads.ts';
import { limitBody } from '../http/limit-body.ts';
import { createRouter } from '../http/router.ts';
import { ownedOrganization } from './organization-access.ts';
import { OrganizationParamsSchema } from './organization-params.ts';
import { WRITE_SECURITY } from './write-docs.ts';

const CSV_BODY_LIMIT = 1024 * 1024;

const ImportQuerySchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS).optional().meta({ description: 'What the file holds; told from its header when absent.' }),
  dryRun: z.enum(['true', 'false']).optional().meta({ description: '`true`: report what the import would do, and change nothing.' }),
});

const columnList = (columns: readonly { key: string; aliases: readonly string[]; required: boolean; description: string }[]) =>
  columns.map((c) => `\`${c.key}\`${c.required ? ' (required)' : ''}: ${c.description}; also ${c.aliases.map((a) => `“${a}”`).join(', ')}`).join('\n- ');

export const imports = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/organizations/{org}/import',
    tags: ['Data desk'],
    summary: 'Import cells or admissions from a CSV',
    description:
      'Takes a CSV as a spreadsheet exports it: UTF-8 (a byte order mark is fine), separated by commas, semicolons or tabs, ' +
      'quoted as RFC 4180 says. Header names are matched without regard to case, spacing or diacritics, in English or ' +
      'Vietnamese; unknown columns are refused. Values: counts as `53` or `1.783`, days as `2024-12-31` or `31/12/2024`, ' +
      'kinds and statuses as their API value or Vietnamese label; a blank field is “unknown”.\n\n' +
      '**All or nothing**: when any row is rejected nothing is written and the answer is a 422 whose `issues` name each ' +
      'rejected row’s line and column; `?dryRun=true` answers the full report (created / updated / unchanged / rejected per ' +
      'row) without writing. A file of admissions holds up to ' +
      `${MAX_ADMISSION_ROWS} rows (one record per period; breakdowns are kept, they are written with the JSON PUT); a file ` +
      `of cells up to ${MAX_CELL_ROWS} rows, all of one census (one \`asOf\`): a day with no census yet starts one from the ` +
      'latest before it, as a cell PUT does.\n\n' +
      `Cells columns:\n- ${columnList(CELL_IMPORT_COLUMNS)}\n\nAdmissions columns:\n- ${columnList(ADMISSION_IMPORT_COLUMNS)}`,
    security: WRITE_SECURITY,
    middleware: [requireNewsroomKey(), limitBody(CSV_BODY_LIMIT)] as const,
    request: {
      params: OrganizationParamsSchema,
      query: ImportQuerySchema,
      body: {
        required: true,
        content: { 'text/csv': { schema: z.string().meta({ example: 'slug,name,kind,committee,asOf\nna-day,Na Đẩy,residential,formed,2024-12-31' }) } },
      },
    },
    responses: {
      200: { description: 'Imported (or, in a dry run, what would be): one entry per row.', content: { 'application/json': { schema: ImportReportSchema } } },
      ...errorResponses(...WRITE_ERRORS),
    },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    const query = c.req.valid('query');
    const dryRun = query.dryRun === 'true';
    const organization = await ownedOrganization(c, org);
    const table = await csvBody(c);
    if (table.header.length === 0) throw new ApiException(400, 'bad_request', 'The file is empty: it needs a header line and rows');
    const kind: ImportKind | null = query.kind ?? detectImportKind(table.header);
    if (kind === null) {
      throw new ApiException(400, 'validation_failed', 'Cannot tell whether the file holds cells or admissions', {
        issues: [{ path: ['query', 'kind'], message: 'add ?kind=cells or ?kind=admissions' }],
      });
    }
    const max = kind === 'cells' ? MAX_CELL_ROWS : MAX_ADMISSION_ROWS;
    if (table.records.length === 0) throw new ApiException(400, 'bad_request', 'The file has a header but no rows');
    if (table.records.length > max) {
      throw new ApiException(413, 'payload_too_large', `An import of ${kind} takes at most ${max} rows; this file has ${table.records.length}. Split it.`);
    }
    const db = c.var.db;
    const actor = actorOf(newsroomOf(c));
    const plan = await withRetries(
      async (): Promise<ImportPlan> => {
        let planned: ImportPlan;
        if (kind === 'cells') {
          const mapped = mapColumns(table.header, CELL_IMPORT_COLUMNS);
          if (!mapped.ok) throw badHeader(mapped.issues);
          planned = await planCellsImport(db, organization, table.records, mapped.columns, actor);
        } else {
          const mapped = mapColumns(table.header, ADMISSION_IMPORT_COLUMNS);
          if (!mapped.ok) throw badHeader(mapped.issues);
          planned = await planAdmissionsImport(db, organization, table.records, mapped.columns, actor);
        }
        const rejected = planned.rows.filter((r) => r.outcome === 'rejected');
        if (rejected.length > 0 && !dryRun) {
          throw new ApiException(
            422,
            'validation_failed',
            `${rejected.length} of ${planned.rows.length} rows were rejected, so nothing was imported; fix them and send the file again (?dryRun=true reports every row)`,
            {
              issues: rejected.flatMap((row) => row.issues.map((issue) => ({ ...issue, path: ['body', 'line', row.line, ...issue.path] }))),
            },
          );
        }
        if (!dryRun && planned.statements.length > 0) await runGuarded(db, planned.preconditions, planned.statements);
        return planned;
      },
      () => new ApiException(409, 'conflict', 'Other writes kept changing these records; send the file again.'),
    );
    if (!dryRun) await invalidateReads(c, plan.invalidate);
    const summary = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, plan.rows.filter((r) => r.outcome === o).length])) as ImportReport['summary'];
    const report: ImportReport = {
      organization: { slug: org, name: organization.record.name },
      kind,
      dryRun,
      applied: !dryRun && summary.rejected === 0,
      summary,
      rows: plan.rows,
    };
    return c.json(report, 200);
  },
);

function badHeader(issues: { path: (string | number)[]; message: string; code?: string }[]): ApiException {
  return new ApiException(400, 'validation_failed', 'The header line names columns this import does not know, or lacks some it needs', {
    issues: issues.map((issue) => ({ ...issue, path: ['body', ...issue.path] })),
  });
}
