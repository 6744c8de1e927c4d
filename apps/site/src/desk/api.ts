/**
 * The desk's one way to the API: same-origin requests with the session cookie, the header every
 * signed-in write needs (`X-Chitieu-Desk: 1`, which a page on another site cannot send), answers
 * revalidated rather than taken from the browser's cache, and problems as {@link ApiError}.
 */

/** One problem the API names: the field (`path`) and what is wrong with it. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

/** A refused request: its status, the API's error code and message, and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
    /** The ETag the answer carried (a 412 names the record's revision now). */
    readonly etag: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Dispatched on window when the API answers 401: the session is over. */
export const SIGNED_OUT_EVENT = 'chitieu-desk-signed-out';

/** The header that marks a request as the desk's own (the API refuses signed-in writes without it). */
const DESK_HEADER = 'X-Chitieu-Desk';

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { path?: unknown; message?: unknown; code?: unknown }[] };
}

function issuesOf(body: ErrorBody): ApiIssue[] {
  return (body.error?.issues ?? []).map((issue) => ({
    // The API names where the problem is ('body', 'query'…) then the field: the desk needs the field.
    path: Array.isArray(issue.path)
      ? issue.path.filter((part, index) => index > 0 || !['body', 'query', 'header', 'param', 'path'].includes(String(part))).join('.')
      : String(issue.path ?? ''),
    message: String(issue.message ?? ''),
    ...(typeof issue.code === 'string' ? { code: issue.code } : {}),
  }));
}

/** The answer of a successful request: its body and its ETag (the record's revision, for If-Match). */
export interface ApiAnswer<T> {
  readonly body: T;
  readonly etag: string | null;
  readonly status: number;
}

/**
 * Sends a request to the API of this origin. JSON bodies are sent as JSON, strings as they are
 * (`contentType` says what they are). Throws {@link ApiError} for any answer other than 2xx.
 */
export async function api<T>(
  path: string,
  init: { method?: string; json?: unknown; text?: string; contentType?: string; ifMatch?: string | null; ifNoneMatch?: string; signal?: AbortSignal } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', [DESK_HEADER]: '1' };
  let body: string | undefined;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.text !== undefined) {
    headers['Content-Type'] = init.contentType ?? 'text/plain';
    body = init.text;
  }
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  // `If-None-Match: *` creates only: a record someone else created meanwhile answers 412.
  if (init.ifNoneMatch) headers['If-None-Match'] = init.ifNoneMatch;
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers,
    body,
    credentials: 'same-origin',
    cache: 'no-cache',
    signal: init.signal,
  });
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const error = (parsed ?? {}) as ErrorBody;
    const apiError = new ApiError(
      response.status,
      error.error?.code ?? `http_${response.status}`,
      error.error?.message ?? response.statusText,
      issuesOf(error),
      response.headers.get('ETag'),
    );
    // A session that ended (idle, signed out elsewhere, key revoked) takes the desk back to sign-in.
    if (response.status === 401) window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
    throw apiError;
  }
  return { body: parsed as T, etag: response.headers.get('ETag'), status: response.status };
}
