/** The body of an import as a CSV table: UTF-8 (a BOM is fine), any spreadsheet separator; 415 / 400 for anything else. */
import { CsvSyntaxError, parseCsv, type CsvTable } from '@chitieu/domain';
import type { Context } from 'hono';
import { ApiException } from '../http/api-exception.ts';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/** Reads and parses the request's CSV. */
export async function csvBody(c: Context): Promise<CsvTable> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!CSV_TYPES.includes(type)) {
    throw new ApiException(415, 'unsupported_media_type', 'Send the file as CSV: Content-Type: text/csv (UTF-8)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(await c.req.arrayBuffer());
  } catch {
    throw new ApiException(400, 'bad_request', 'The file is not UTF-8 text; in a spreadsheet, save it as "CSV UTF-8"');
  }
  if (text.includes('\u0000')) {
    throw new ApiException(400, 'bad_request', 'The file holds NUL characters, so it is not text; in a spreadsheet, save it as "CSV UTF-8"');
  }
  try {
    return parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ApiException(400, 'validation_failed', 'The file is not valid CSV', {
      issues: [{ path: ['body', 'line', error.line], message: error.message, code: 'csv_syntax' }],
    });
  }
}
