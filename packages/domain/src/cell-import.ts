// Reads one row of a cells CSV (a cell, the day of its census, its source) with the domain's schemas; knows nothing of storage.
import { toApiIssues, type ApiIssue } from './api-error.ts';
import { CELL_KINDS, CellInputSchema, COMMITTEE_STATUSES, type CellInput } from './cell.ts';
import type { CsvRecord } from './csv.ts';
import { columnKey, columnName, extraFieldsIssue, field, type ColumnMap, type ColumnSpec, type ImportRowResult } from './import-table.ts';
import { readCount, readDate, readText } from './import-values.ts';
import { LANGS } from './locale.ts';
import { cellKindLabel, committeeStatusLabel } from './map-messages.ts';
import { TermSchema } from './period.ts';
import { SlugSchema } from './slug.ts';
import { SourceSchema, type Source } from './source.ts';
import { slugify } from './text.ts';

/** The source columns every import accepts: one source per row. */
export const SOURCE_COLUMNS = [
  { key: 'sourcePublisher', aliases: ['publisher', 'nguồn', 'nguồn tin', 'báo'], required: false, description: 'who published the figures, e.g. Báo Lào Cai' },
  { key: 'sourceTitle', aliases: ['tiêu đề nguồn', 'tên bài'], required: false, description: 'the title of the article or document' },
  { key: 'sourceUrl', aliases: ['url', 'link', 'đường dẫn'], required: false, description: 'a link to it (http or https)' },
  { key: 'sourcePublishedOn', aliases: ['ngày đăng'], required: false, description: 'the day it was published' },
] as const satisfies readonly ColumnSpec[];

/** The columns of a cells import, with the other headers accepted for each (English or Vietnamese; case, spacing and diacritics do not matter). */
export const CELL_IMPORT_COLUMNS = [
  { key: 'slug', aliases: ['mã', 'mã chi bộ'], required: false, description: 'the cell identifier; made from the name when blank' },
  { key: 'name', aliases: ['tên', 'tên chi bộ', 'chi bộ'], required: false, description: 'the cell name, blank when the source does not name it' },
  { key: 'kind', aliases: ['loại', 'loại chi bộ'], required: true, description: `one of ${CELL_KINDS.join(', ')}, or its Vietnamese label` },
  {
    key: 'committee',
    aliases: ['chi ủy', 'tình trạng chi ủy'],
    required: true,
    description: `one of ${COMMITTEE_STATUSES.join(', ')}, or its Vietnamese label`,
  },
  { key: 'committeeFormedOn', aliases: ['ngày thành lập chi ủy'], required: false, description: 'the day the committee was formed, for formed only' },
  { key: 'fullMembers', aliases: ['đảng viên chính thức', 'số đảng viên chính thức'], required: false, description: 'full members, when known' },
  { key: 'asOf', aliases: ['ngày số liệu', 'số liệu đến ngày'], required: true, description: 'the day of the census the cell belongs to' },
  { key: 'term', aliases: ['nhiệm kỳ'], required: false, description: 'the term the statuses refer to, e.g. 2020-2025' },
  ...SOURCE_COLUMNS,
] as const satisfies readonly ColumnSpec[];

export type CellImportColumn = (typeof CELL_IMPORT_COLUMNS)[number]['key'];
export type SourceColumn = (typeof SOURCE_COLUMNS)[number]['key'];

/** What a cells row says: the cell, the census it belongs to, and the row's source (null when the row names none). */
export type CellImportRow = { slug: string; cell: CellInput; asOf: string; term: string | null; source: Source | null };

/** Reads an enumeration: its value in any case (`agencyOrSchool`, `agency or school`) or its label in either language. */
function choiceReader<T extends string>(values: readonly T[], label: (value: T, lang: (typeof LANGS)[number]) => string) {
  const byKey = new Map<string, T>();
  for (const value of values) {
    byKey.set(columnKey(value), value);
    for (const lang of LANGS) byKey.set(columnKey(label(value, lang)), value);
  }
  return (text: string): T | string | null => (text.trim() === '' ? null : (byKey.get(columnKey(text)) ?? text.trim()));
}

const readKind = choiceReader(CELL_KINDS, cellKindLabel);
const readCommittee = choiceReader(COMMITTEE_STATUSES, committeeStatusLabel);

/** The row's source, or null when all source fields are blank; issues name the desk's own column headers. */
export function readSource<K extends string>(record: CsvRecord, columns: ColumnMap<K | SourceColumn>, issues: ApiIssue[]): Source | null {
  const text = (key: SourceColumn) => readText(field(record, columns, key));
  const publishedOn = readDate(field(record, columns, 'sourcePublishedOn'));
  if (!publishedOn.ok) issues.push({ path: [columnName(columns, 'sourcePublishedOn')], message: publishedOn.message });
  const raw = {
    publisher: text('sourcePublisher'),
    title: text('sourceTitle'),
    url: text('sourceUrl'),
    publishedOn: publishedOn.ok ? publishedOn.value : null,
  };
  if (Object.values(raw).every((v) => v === null)) return null;
  const parsed = SourceSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const column: Record<string, SourceColumn> = { publisher: 'sourcePublisher', title: 'sourceTitle', url: 'sourceUrl', publishedOn: 'sourcePublishedOn' };
  for (const issue of toApiIssues(parsed.error.issues)) {
    const key = column[String(issue.path[0])];
    issues.push({ ...issue, path: [key ? columnName(columns, key) : 'source'] });
  }
  return null;
}

/**
 * Reads one record of a cells CSV. The slug comes from the `slug` column, else from the name
 * (`Na Đẩy` → `na-day`); blanks are unknowns (null), never zero or an invented name.
 *
 * @example readCellRow({ line: 2, fields: ['Na Đẩy', 'residential', 'formed', '2024-12-31'] }, columns)
 * // { line: 2, key: 'na-day', ok: true, value: { slug: 'na-day', cell: {...}, asOf: '2024-12-31', term: null, source: null } }
 */
export function readCellRow(record: CsvRecord, columns: ColumnMap<CellImportColumn>): ImportRowResult<CellImportRow> {
  const issues: ApiIssue[] = [];
  const at = (key: CellImportColumn) => [columnName(columns, key)];
  const extra = extraFieldsIssue(record, columns);
  if (extra) issues.push(extra);

  const name = readText(field(record, columns, 'name'));
  let slug = readText(field(record, columns, 'slug'));
  if (slug === null && name !== null) {
    try {
      slug = slugify(name);
    } catch {
      issues.push({ path: at('name'), message: 'has no letters or digits to make a slug from; fill the slug column' });
    }
  } else if (slug === null) {
    issues.push({ path: at('slug'), message: 'give the cell a slug or a name' });
  } else if (!SlugSchema.safeParse(slug).success) {
    issues.push({ path: at('slug'), message: 'must be lower-case letters, digits and single hyphens, like na-day' });
  }

  const committeeFormedOn = readDate(field(record, columns, 'committeeFormedOn'));
  if (!committeeFormedOn.ok) issues.push({ path: at('committeeFormedOn'), message: committeeFormedOn.message });
  const fullMembers = readCount(field(record, columns, 'fullMembers'));
  if (!fullMembers.ok) issues.push({ path: at('fullMembers'), message: fullMembers.message });
  const asOf = readDate(field(record, columns, 'asOf'));
  if (!asOf.ok) issues.push({ path: at('asOf'), message: asOf.message });
  else if (asOf.value === null) issues.push({ path: at('asOf'), message: 'is required: the day of the census' });
  const term = readText(field(record, columns, 'term'));
  if (term !== null && !TermSchema.safeParse(term).success) issues.push({ path: at('term'), message: 'must be a term such as 2020-2025' });
  const source = readSource(record, columns, issues);

  const cell = CellInputSchema.safeParse({
    name,
    kind: readKind(field(record, columns, 'kind')),
    committee: readCommittee(field(record, columns, 'committee')),
    committeeFormedOn: committeeFormedOn.ok ? committeeFormedOn.value : null,
    fullMembers: fullMembers.ok ? fullMembers.value : null,
  });
  if (!cell.success) {
    for (const issue of toApiIssues(cell.error.issues)) {
      const key = String(issue.path[0]) as CellImportColumn;
      issues.push({ ...issue, path: CELL_IMPORT_COLUMNS.some((c) => c.key === key) ? at(key) : issue.path });
    }
  }

  const key = slug !== null && SlugSchema.safeParse(slug).success ? slug : null;
  if (issues.length > 0 || !cell.success || key === null || !asOf.ok || asOf.value === null) {
    return { line: record.line, key, ok: false, issues };
  }
  return { line: record.line, key, ok: true, value: { slug: key, cell: cell.data, asOf: asOf.value, term, source } };
}
