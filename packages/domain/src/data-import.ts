// CSV imports of cells and admissions: which kind a file is, and the per-row report the API answers; knows nothing of storage.
import { z } from 'zod';
import { ADMISSION_IMPORT_COLUMNS } from './admission-import.ts';
import { ApiIssueSchema } from './api-error.ts';
import { CELL_IMPORT_COLUMNS } from './cell-import.ts';
import { columnKey } from './import-table.ts';
import { OrganizationRefSchema } from './organization.ts';
import { RevisionSchema } from './revision.ts';
import { WriteWarningSchema } from './write-warning.ts';

export const IMPORT_KINDS = ['cells', 'admissions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import did, or would do in a dry run, with one row. */
export const IMPORT_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** The columns only one kind of import has: a file with `period` is admissions, one with `committee` is cells. */
const KIND_MARKERS: Record<ImportKind, readonly { key: string; aliases: readonly string[] }[]> = {
  cells: CELL_IMPORT_COLUMNS.filter((c) => c.key === 'committee' || c.key === 'kind'),
  admissions: ADMISSION_IMPORT_COLUMNS.filter((c) => c.key === 'period' || c.key === 'admitted'),
};

/**
 * Tells from a header which kind of file it is; null when it has the marks of both or neither.
 *
 * @example detectImportKind(['Tên chi bộ', 'Loại', 'Chi ủy', 'Ngày số liệu']) // 'cells'
 */
export function detectImportKind(header: readonly string[]): ImportKind | null {
  const keys = new Set(header.map(columnKey));
  const matches = (Object.keys(KIND_MARKERS) as ImportKind[]).filter((kind) =>
    KIND_MARKERS[kind].some((column) => [column.key, ...column.aliases].some((name) => keys.has(columnKey(name)))),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

export const ImportRowReportSchema = z
  .strictObject({
    /** The line of the file the row starts on (the header is line 1). */
    line: z.number().int().min(2),
    /** The record the row is about: the period, or the cell's slug; null when the row does not say. */
    key: z.string().nullable(),
    /** For cells: the day of the census the row belongs to. */
    asOf: z.string().nullable(),
    outcome: z.enum(IMPORT_OUTCOMES),
    /** The record's revision after the import (or what it would be, in a dry run); null for a rejected row. */
    revision: RevisionSchema.nullable(),
    issues: z.array(ApiIssueSchema),
    /** What in an accepted row contradicts the Party Charter (./write-checks.ts): imported all the same. Empty for a rejected row. */
    warnings: z.array(WriteWarningSchema),
  })
  .meta({ id: 'ImportRowReport' });

export type ImportRowReport = z.infer<typeof ImportRowReportSchema>;

/**
 * The answer to `POST /v1/organizations/{org}/import`: one entry per row of the file, in order, and
 * the count of each outcome. `applied` is false in a dry run and whenever a row was rejected (an
 * import is all or nothing).
 */
export const ImportReportSchema = z
  .strictObject({
    organization: OrganizationRefSchema,
    kind: z.enum(IMPORT_KINDS),
    dryRun: z.boolean(),
    applied: z.boolean(),
    summary: z.strictObject(Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, z.number().int().nonnegative()])) as Record<ImportOutcome, z.ZodNumber>),
    rows: z.array(ImportRowReportSchema),
  })
  .meta({ id: 'ImportReport' });

export type ImportReport = z.infer<typeof ImportReportSchema>;
