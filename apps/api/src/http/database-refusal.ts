/**
 * A value the database itself refused (a text-limit trigger of migration 0003, a CHECK constraint)
 * as the API's 422: the schemas should have refused it first, so reaching this is a gap between the
 * two, and the client still learns which column rather than getting a 500.
 */
import { ApiException } from './api-exception.ts';

const TEXT_TOO_LONG = /text_too_long: (\w+)\.(\w+)/;

/** The 422 for a D1 error that refused a value; null for any other error. */
export function databaseRefusal(error: unknown): ApiException | null {
  if (!(error instanceof Error)) return null;
  const long = TEXT_TOO_LONG.exec(error.message);
  if (long) {
    const [, table = '', column = ''] = long;
    return new ApiException(422, 'validation_failed', 'The database refused a value: it is longer than stored text may be', {
      issues: [{ path: [table, column], message: 'is too long to store', code: 'text_too_long' }],
    });
  }
  if (/CHECK constraint failed/.test(error.message) && !/stale_revision/.test(error.message)) {
    return new ApiException(422, 'validation_failed', 'The database refused a value that does not fit what it stores');
  }
  return null;
}
