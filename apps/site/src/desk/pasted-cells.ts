/**
 * Rows pasted from a spreadsheet (tab-separated, as every spreadsheet copies a range; a CSV works
 * too), read with the import's own column names and value readers, so a paste understands exactly
 * what a CSV import would: Vietnamese labels, `31/12/2024`, `1.783`. A first line of headers is
 * optional; without one the columns are the table's, in its order.
 */
import { CELL_IMPORT_COLUMNS, CsvSyntaxError, mapColumns, parseCsv, readCellRow, type CellImportColumn, type ColumnMap, type CsvRecord } from '@chitieu/domain';
import { newRowId, type CellRowText } from './cell-rows.ts';

/** The table's columns, in order: what a paste without headers is read as. */
const TABLE_COLUMNS = ['name', 'slug', 'kind', 'committee', 'fullMembers', 'committeeFormedOn'] as const satisfies readonly CellImportColumn[];

/** One pasted line: the row understood, or why it could not be. */
type PastedLine =
  | { readonly line: number; readonly ok: true; readonly row: CellRowText }
  | { readonly line: number; readonly ok: false; readonly problems: readonly string[] };

/** What a paste says: whether its first line was headers, and each line's result. */
export interface PastedCells {
  readonly header: boolean;
  readonly lines: readonly PastedLine[];
  /** A problem with the text as a whole (an unclosed quote), or null. */
  readonly problem: string | null;
}

// The census day is the table's, not the paste's: rows are read against a stand-in day of their own.
const STAND_IN_DAY = '2000-01-01';

function columnsFor(header: readonly string[]): ColumnMap<CellImportColumn> | null {
  const withDay = header.some(
    (name) =>
      mapColumns(
        [name],
        CELL_IMPORT_COLUMNS.filter((c) => c.key === 'asOf'),
      ).ok,
  )
    ? header
    : [...header, 'asOf'];
  const mapped = mapColumns(withDay, CELL_IMPORT_COLUMNS);
  return mapped.ok ? mapped.columns : null;
}

/**
 * Reads pasted text into rows of the table.
 *
 * @example parsePastedCells('Na Đẩy\tna-day\tChi bộ tổ dân phố\tThành lập trong nhiệm kỳ\t12')
 * // { header: false, problem: null, lines: [{ line: 1, ok: true, row: { slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed', fullMembers: '12', … } }] }
 */
export function parsePastedCells(text: string): PastedCells {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') return { header: false, lines: [], problem: null };
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(trimmed, trimmed.includes('\t') ? { delimiter: '\t' } : {});
  } catch (error) {
    return { header: false, lines: [], problem: error instanceof CsvSyntaxError ? error.message : String(error) };
  }
  const headed = columnsFor(table.header);
  const records: CsvRecord[] = headed ? [...table.records] : [{ line: 1, fields: table.header }, ...table.records];
  const columns: ColumnMap<CellImportColumn> = headed ?? { index: Object.fromEntries(TABLE_COLUMNS.map((key, i) => [key, i])), header: [...TABLE_COLUMNS] };
  const dayAt = columns.index.asOf;
  const lines = records.map((record): PastedLine => {
    // Fill in the stand-in day where the paste has none; a day it does have is read and checked.
    const fields = [...record.fields];
    if (dayAt === undefined) fields[columns.header.length] = STAND_IN_DAY;
    else if ((fields[dayAt] ?? '').trim() === '') fields[dayAt] = STAND_IN_DAY;
    const day = dayAt ?? columns.header.length;
    const read = readCellRow(
      { line: record.line, fields },
      { index: { ...columns.index, asOf: day }, header: dayAt === undefined ? [...columns.header, 'asOf'] : columns.header },
    );
    if (!read.ok) return { line: record.line, ok: false, problems: read.issues.map((issue) => `${issue.path.join(' ') || '—'}: ${issue.message}`) };
    const { slug, cell } = read.value;
    return {
      line: record.line,
      ok: true,
      row: {
        id: newRowId(),
        slug,
        name: cell.name ?? '',
        kind: cell.kind,
        committee: cell.committee,
        committeeFormedOn: cell.committeeFormedOn ?? '',
        fullMembers: cell.fullMembers === null ? '' : String(cell.fullMembers),
      },
    };
  });
  return { header: headed !== null, lines, problem: null };
}

/**
 * The table after a paste: rows whose slug is already there replace that row in place, the others
 * are added at the end; with `replace`, the pasted rows are the whole table.
 */
export function applyPaste(rows: readonly CellRowText[], pasted: readonly CellRowText[], replace: boolean): CellRowText[] {
  if (replace) return [...pasted];
  const bySlug = new Map(pasted.map((row) => [row.slug, row]));
  const kept = rows.map((row) => {
    const incoming = bySlug.get(row.slug);
    if (!incoming) return row;
    bySlug.delete(row.slug);
    return { ...incoming, id: row.id };
  });
  return [...kept, ...pasted.filter((row) => bySlug.has(row.slug))];
}
