/** The API's one error class: an HTTPException that also carries the wire error's code and issues. */
import type { ApiIssue, ErrorCode } from '@chitieu/domain';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Throw it from a handler or middleware; `onError` turns it into `{"error":{"code","message","issues"?}}`.
 *
 * @example throw new ApiException(404, 'not_found', 'No organization named "x"')
 */
export class ApiException extends HTTPException {
  readonly code: ErrorCode;
  readonly issues: ApiIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {}) {
    super(status, { message });
    this.code = code;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}
