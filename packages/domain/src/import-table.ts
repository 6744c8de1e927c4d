// The columns of a CSV import: header names matched loosely (case, spacing, diacritics, English or Vietnamese), and per-row results; knows nothing of what a row means.
import type { ApiIssue } from './api-error.ts';
import type { CsvRecord } from './csv.ts';
import { slugify } from './text.ts';

/** A column an import reads: its name in the JSON wire shape, the other headers accepted for it, and whether it must be there. */
export type ColumnSpec<K extends string = string> = {
  readonly key: K;
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly description: string;
};

/** Where each known column is in a file, and the file's header as written (for messages in the desk's own words). */
export type ColumnMap<K extends string = string> = {
  readonly index: Partial<Record<K, number>>;
  readonly header: readonly string[];
};

/** One row's result: what it says, or why it cannot be used. `key` names the record (a period, a cell slug) when the row gets that far. */
export type ImportRowResult<T> =
  | { readonly line: number; readonly key: string; readonly ok: true; readonly value: T }
  | { readonly line: number; readonly key: string | null; readonly ok: false; readonly issues: ApiIssue[] };

/**
 * A header reduced to what identifies it: `As of`, `as_of`, `asOf` and `AS-OF` are all `asof`;
 * `Tên chi bộ` is `tenchibo`.
 */
export function columnKey(header: string): string {
  try {
    return slugify(header).replaceAll('-', '');
  } catch {
    return '';
  }
}

/**
 * Matches a file's header to the columns an import knows. Every header must be known and appear
 * once, and every required column must be there: a misspelt header would otherwise drop a column
 * of figures without a word.
 *
 * @example mapColumns(['Tên', 'as_of'], CELL_IMPORT_COLUMNS) // { ok: false, issues: [... 'kind' and 'committee' are missing] }
 */
export function mapColumns<K extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<K>[],
): { ok: true; columns: ColumnMap<K> } | { ok: false; issues: ApiIssue[] } {
  const byKey = new Map<string, K>();
  for (const spec of specs) for (const name of [spec.key, ...spec.aliases]) byKey.set(columnKey(name), spec.key);

  const index: Partial<Record<K, number>> = {};
  const issues: ApiIssue[] = [];
  header.forEach((name, i) => {
    const key = byKey.get(columnKey(name));
    if (key === undefined) {
      issues.push({
        path: ['header', name],
        message: `unknown column "${name}"; the columns are ${specs.map((s) => s.key).join(', ')}`,
        code: 'unknown_column',
      });
    } else if (index[key] !== undefined) {
      issues.push({ path: ['header', name], message: `"${name}" is the same column as "${header[index[key] ?? 0]}"`, code: 'duplicate_column' });
    } else {
      index[key] = i;
    }
  });
  for (const spec of specs) {
    if (spec.required && index[spec.key] === undefined) {
      issues.push({ path: ['header', spec.key], message: `the column ${spec.key} is missing (${spec.description})`, code: 'missing_column' });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, columns: { index, header } };
}

/** The text of a column in a record: empty when the column is absent or the record is short (spreadsheets drop trailing blanks). */
export function field<K extends string>(record: CsvRecord, columns: ColumnMap<K>, key: K): string {
  const i = columns.index[key];
  return i === undefined ? '' : (record.fields[i] ?? '');
}

/** The header the file uses for a column, for issue paths; the column's key when the file has none. */
export function columnName<K extends string>(columns: ColumnMap<K>, key: K): string {
  const i = columns.index[key];
  return i === undefined ? key : (columns.header[i] ?? key);
}

/** An issue when a record has more fields than the header names; null when it fits. */
export function extraFieldsIssue(record: CsvRecord, columns: ColumnMap): ApiIssue | null {
  if (record.fields.length <= columns.header.length) return null;
  return {
    path: [],
    message: `has ${record.fields.length} fields but the header names ${columns.header.length}; quote fields that hold the separator`,
    code: 'too_many_fields',
  };
}
