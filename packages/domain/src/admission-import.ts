// Reads one row of an admissions CSV (a period's figures and their source) with the domain's schemas; knows nothing of storage.
import { AdmissionInputSchema, type AdmissionInput } from './admission.ts';
import { toApiIssues, type ApiIssue } from './api-error.ts';
import { readSource, SOURCE_COLUMNS } from './cell-import.ts';
import type { CsvRecord } from './csv.ts';
import { columnName, extraFieldsIssue, field, type ColumnMap, type ColumnSpec, type ImportRowResult } from './import-table.ts';
import { readCount, readDate, readTarget, readText } from './import-values.ts';
import { PeriodSchema } from './period.ts';

/**
 * The columns of an admissions import. Breakdowns (youth, women…) are not columns: they are bounds
 * and notes more than numbers, so they are written with the JSON PUT, and an import keeps them.
 */
export const ADMISSION_IMPORT_COLUMNS = [
  { key: 'period', aliases: ['kỳ', 'năm', 'thời kỳ'], required: true, description: 'a year such as 2025 or a term such as 2020-2025' },
  { key: 'admitted', aliases: ['kết nạp', 'đã kết nạp', 'số kết nạp'], required: true, description: 'members admitted in the period' },
  { key: 'target', aliases: ['chỉ tiêu'], required: false, description: 'the target: 20, or a range such as 90-100; blank when none is stated' },
  { key: 'termToDateTerm', aliases: ['nhiệm kỳ lũy kế'], required: false, description: 'the term of the cumulative figure, e.g. 2020-2025' },
  { key: 'termToDateAdmitted', aliases: ['lũy kế', 'lũy kế từ đầu nhiệm kỳ'], required: false, description: 'admitted since the start of that term' },
  { key: 'totalMembers', aliases: ['tổng số đảng viên'], required: false, description: 'all members at the day of the figures' },
  { key: 'asOf', aliases: ['ngày số liệu', 'số liệu đến ngày'], required: true, description: 'the day the figures describe' },
  ...SOURCE_COLUMNS,
] as const satisfies readonly ColumnSpec[];

export type AdmissionImportColumn = (typeof ADMISSION_IMPORT_COLUMNS)[number]['key'];

/** What an admissions row says: the period and the record without its breakdown. */
export type AdmissionImportRow = { period: string; record: Omit<AdmissionInput, 'breakdown'> };

const FIELD_COLUMN: Record<string, AdmissionImportColumn> = {
  admitted: 'admitted',
  target: 'target',
  termToDate: 'termToDateAdmitted',
  totalMembers: 'totalMembers',
  asOf: 'asOf',
  sources: 'sourcePublisher',
};

/**
 * Reads one record of an admissions CSV. Every record needs a source; blanks are unknowns (null).
 *
 * @example readAdmissionRow({ line: 2, fields: ['2024', '53', '20', ...] }, columns)
 * // { line: 2, key: '2024', ok: true, value: { period: '2024', record: { admitted: 53, target: { min: 20, max: 20 }, ... } } }
 */
export function readAdmissionRow(record: CsvRecord, columns: ColumnMap<AdmissionImportColumn>): ImportRowResult<AdmissionImportRow> {
  const issues: ApiIssue[] = [];
  const at = (key: AdmissionImportColumn) => [columnName(columns, key)];
  const extra = extraFieldsIssue(record, columns);
  if (extra) issues.push(extra);

  const periodText = readText(field(record, columns, 'period'));
  const period = periodText !== null && PeriodSchema.safeParse(periodText).success ? periodText : null;
  if (period === null) issues.push({ path: at('period'), message: 'must be a year such as 2025 or a term such as 2020-2025' });

  const counts = {} as Record<'admitted' | 'termToDateAdmitted' | 'totalMembers', number | null>;
  for (const key of ['admitted', 'termToDateAdmitted', 'totalMembers'] as const) {
    const value = readCount(field(record, columns, key));
    if (!value.ok) issues.push({ path: at(key), message: value.message });
    counts[key] = value.ok ? value.value : null;
  }
  if (counts.admitted === null && !issues.some((i) => i.path[0] === columnName(columns, 'admitted'))) {
    issues.push({ path: at('admitted'), message: 'is required: the members admitted in the period' });
  }
  const target = readTarget(field(record, columns, 'target'));
  if (!target.ok) issues.push({ path: at('target'), message: target.message });
  const asOf = readDate(field(record, columns, 'asOf'));
  if (!asOf.ok) issues.push({ path: at('asOf'), message: asOf.message });
  else if (asOf.value === null) issues.push({ path: at('asOf'), message: 'is required: the day the figures describe' });

  const term = readText(field(record, columns, 'termToDateTerm'));
  if ((term === null) !== (counts.termToDateAdmitted === null)) {
    issues.push({ path: at(term === null ? 'termToDateTerm' : 'termToDateAdmitted'), message: 'give both the term and the cumulative figure, or neither' });
  }
  const sourceIssues: ApiIssue[] = [];
  const source = readSource(record, columns, sourceIssues);
  issues.push(...sourceIssues);
  if (source === null && sourceIssues.length === 0) {
    issues.push({ path: at('sourcePublisher'), message: 'every figure needs a source: fill the publisher or the url' });
  }

  const parsed = AdmissionInputSchema.safeParse({
    admitted: counts.admitted ?? 0,
    target: target.ok ? target.value : null,
    termToDate: term !== null && counts.termToDateAdmitted !== null ? { term, admitted: counts.termToDateAdmitted } : null,
    totalMembers: counts.totalMembers,
    asOf: asOf.ok && asOf.value !== null ? asOf.value : '',
    sources: source ? [source] : [],
  });
  if (!parsed.success) {
    for (const issue of toApiIssues(parsed.error.issues)) {
      const key = FIELD_COLUMN[String(issue.path[0])];
      // Blank or unreadable fields were reported above in the desk's own words.
      if (key && issues.some((i) => i.path[0] === columnName(columns, key))) continue;
      issues.push({ ...issue, path: key ? at(key) : issue.path });
    }
  }
  if (issues.length > 0 || !parsed.success || period === null) return { line: record.line, key: period, ok: false, issues };
  const { breakdown: _kept, ...rest } = parsed.data;
  return { line: record.line, key: period, ok: true, value: { period, record: rest } };
}
