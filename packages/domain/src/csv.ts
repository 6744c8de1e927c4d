// RFC 4180 CSV as spreadsheets export it (comma, semicolon or tab; CRLF or LF; an optional UTF-8 BOM), text in NFC; knows nothing of what the columns mean.

/** The separators a spreadsheet export may use: a comma, or a semicolon where the comma is the decimal mark (vi-VN), or a tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One record of the file, with the line it starts on (1-based, counting the header) for error reports. */
export type CsvRecord = { readonly line: number; readonly fields: readonly string[] };

export type CsvTable = {
  readonly delimiter: CsvDelimiter;
  readonly header: readonly string[];
  /** The records after the header, blank lines left out. */
  readonly records: readonly CsvRecord[];
};

/** A file that is not CSV: an unterminated quote, or text after a closing quote. */
export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const BOM = '\uFEFF';

/** The separator of the first record: whichever of comma, semicolon and tab occurs most outside quotes; a comma on a tie. */
function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Parses CSV text into a header and records. Quoted fields may hold separators, quotes written twice
 * (`""`) and line breaks; every field is returned in Unicode NFC, otherwise exactly as written
 * (no trimming: what a blank means is for the caller to say). Lines that are entirely empty are
 * skipped. Records are not checked against the header's length; the caller reports that per row.
 *
 * @throws {CsvSyntaxError} for an unterminated quoted field or text straight after a closing quote.
 * @example parseCsv('\uFEFFname;kind\r\n"Na Đẩy";residential\r\n')
 * // { delimiter: ';', header: ['name', 'kind'], records: [{ line: 2, fields: ['Na Đẩy', 'residential'] }] }
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: CsvRecord[] = [];

  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false; // inside a quoted field
  let closed = false; // just after the closing quote of a field
  let touched = false; // the current record has any content (a blank line has none)

  const endField = () => {
    fields.push(field.normalize('NFC'));
    field = '';
    closed = false;
  };
  const endRecord = () => {
    endField();
    if (touched) rows.push({ line: recordLine, fields });
    fields = [];
    touched = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === delimiter) {
      touched = true;
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (closed) {
      throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(char)} after a closing quote; write a quote inside a quoted field as ""`);
    } else if (char === '"' && field === '') {
      touched = true;
      quoted = true;
    } else {
      // A quote inside an unquoted field is kept as written, as spreadsheets read it.
      touched = true;
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  endRecord();

  const [header, ...records] = rows;
  return { delimiter, header: header?.fields ?? [], records };
}
