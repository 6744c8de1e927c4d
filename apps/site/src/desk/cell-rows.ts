/**
 * The cell table as typed: every field kept as the text in its input (so nothing typed is lost,
 * even a figure that does not parse yet), turned into the census write the API takes, and checked
 * with the domain's own schema and rules before it is sent.
 */
import { cellChecks, CensusCellSchema, CensusWriteSchema, toApiIssues, type CellsResponse, type CensusWriteBody, type WriteWarning } from '@chitieu/domain';

/** One row of the table as typed; `id` only tells rows apart on screen (a slug can be retyped). */
export interface CellRowText {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
  readonly committee: string;
  readonly committeeFormedOn: string;
  readonly fullMembers: string;
}

/** The source a save adds to the census, as typed. */
export interface SourceText {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  readonly publishedOn: string;
}

/** The whole editor as typed: the census fields and its rows. */
export interface CensusText {
  readonly asOf: string;
  readonly term: string;
  readonly source: SourceText;
  readonly rows: readonly CellRowText[];
}

/** A problem with one field: `cells.3.committee`, `asOf`, `sources.0.url`… */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

let counter = 0;

/** A new row id, unique on this page. */
export function newRowId(): string {
  counter += 1;
  return `r${counter}`;
}

/** An empty row, with the status the source does not state. */
export function emptyRow(): CellRowText {
  return { id: newRowId(), slug: '', name: '', kind: 'residential', committee: 'unknown', committeeFormedOn: '', fullMembers: '' };
}

export const EMPTY_SOURCE: SourceText = { publisher: '', title: '', url: '', publishedOn: '' };

/** The editor's text for a census as the API answers it (a new, empty census when null). */
export function censusText(census: CellsResponse | null): CensusText {
  if (census === null) return { asOf: '', term: '', source: EMPTY_SOURCE, rows: [] };
  return {
    asOf: census.asOf,
    term: census.term ?? '',
    source: EMPTY_SOURCE,
    rows: census.cells.map((cell) => ({
      id: newRowId(),
      slug: cell.slug,
      name: cell.name ?? '',
      kind: cell.kind,
      committee: cell.committee,
      committeeFormedOn: cell.committeeFormedOn ?? '',
      fullMembers: cell.fullMembers === null ? '' : String(cell.fullMembers),
    })),
  };
}

/** The census without the row ids: what two versions compare by (the merge view keys cells by slug). */
export function comparable(text: CensusText): { asOf: string; term: string; cells: Omit<CellRowText, 'id'>[] } {
  return { asOf: text.asOf, term: text.term, cells: text.rows.map(({ id: _id, ...cell }) => cell) };
}

/** Rows back from the comparable shape (after a merge), with new ids. */
export function fromComparable(record: ReturnType<typeof comparable>, source: SourceText): CensusText {
  return { asOf: record.asOf, term: record.term, source, rows: record.cells.map((cell) => ({ ...cell, id: newRowId() })) };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

function count(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A figure the schema can judge: digits become a number; anything else stays text and is refused by name.
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The request body the text stands for, before checking (blanks are unknowns, never zero). */
function censusBody(text: CensusText): unknown {
  const source = text.source;
  const hasSource = Object.values(source).some((value) => value.trim() !== '');
  return {
    asOf: text.asOf.trim(),
    ...(text.term.trim() === '' ? {} : { term: text.term.trim() }),
    ...(hasSource
      ? {
          sources: [
            {
              publisher: blankToNull(source.publisher),
              title: blankToNull(source.title),
              url: blankToNull(source.url),
              publishedOn: blankToNull(source.publishedOn),
            },
          ],
        }
      : {}),
    cells: text.rows.map((row) => ({
      slug: row.slug.trim(),
      name: blankToNull(row.name),
      kind: row.kind,
      committee: row.committee,
      committeeFormedOn: blankToNull(row.committeeFormedOn),
      fullMembers: count(row.fullMembers),
    })),
  };
}

/**
 * Checks the text with the schema the API uses and the same rules: the body to send, or the
 * problems by field path (`cells.3.fullMembers`).
 *
 * @example checkCensus({ asOf: '2024-12-31', term: '', source: EMPTY_SOURCE, rows: [{ ...emptyRow(), slug: 'a', fullMembers: 'x' }] })
 * // { ok: false, problems: [{ path: 'cells.0.fullMembers', message: … }] }
 */
export function checkCensus(text: CensusText): { ok: true; body: CensusWriteBody } | { ok: false; problems: FieldProblem[] } {
  const parsed = CensusWriteSchema.safeParse(censusBody(text));
  if (!parsed.success) {
    return { ok: false, problems: toApiIssues(parsed.error.issues).map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  }
  const problems = parsed.data.cells.flatMap(({ slug: _slug, ...cell }, index) =>
    cellChecks(cell, parsed.data.asOf, (field) => ['cells', index, field]).refusals.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, body: parsed.data };
}

/** A warning of the rules, keyed by the cell it is about so it can be acknowledged and stay so. */
export interface CellWarning {
  readonly key: string;
  readonly rowId: string | null;
  readonly field: string | null;
  readonly code: string;
  readonly message: string;
}

/** Where a problem's path points in the table: the row index and the field, or null for a census field. */
export function rowOf(path: string): { index: number; field: string } | null {
  const match = /^cells\.(\d+)(?:\.(\w+))?/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] ?? 'slug' } : null;
}

/**
 * The Charter's warnings about the rows as typed (the same rules the server answers with), for the
 * rows that parse; a row that does not parse has its problems instead.
 */
export function rowWarnings(text: CensusText): CellWarning[] {
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(text.asOf) ? text.asOf : null;
  const warnings: CellWarning[] = [];
  for (const row of text.rows) {
    const members = count(row.fullMembers);
    if (typeof members !== 'number') continue;
    const cell = CensusCellSchema.safeParse(censusRow(row, members));
    if (!cell.success) continue;
    const { slug: _slug, ...input } = cell.data;
    for (const warning of cellChecks(input, asOf, (field) => [field]).warnings) warnings.push(warningOf(warning, row));
  }
  return warnings;
}

function censusRow(row: CellRowText, members: number | null) {
  return {
    slug: row.slug.trim(),
    name: blankToNull(row.name),
    kind: row.kind,
    committee: row.committee,
    committeeFormedOn: blankToNull(row.committeeFormedOn),
    fullMembers: members,
  };
}

function warningOf(warning: WriteWarning, row: CellRowText | null): CellWarning {
  const field = row === null ? null : String(warning.path.at(-1) ?? '');
  return {
    key: `${warning.code}:${row?.slug ?? ''}:${row === null ? '' : row.fullMembers}:${row?.committee ?? ''}`,
    rowId: row?.id ?? null,
    field,
    code: warning.code,
    message: warning.message,
  };
}

/** The warnings of a save's answer that are not about one row (e.g. the grassroots organisation's size). */
export function censusWarnings(warnings: readonly WriteWarning[]): CellWarning[] {
  return warnings.filter((warning) => !warning.path.includes('cells')).map((warning) => warningOf(warning, null));
}
