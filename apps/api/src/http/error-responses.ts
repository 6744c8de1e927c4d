/** OpenAPI response entries for the error statuses a route can answer, all with the ApiError shape. */
import { ApiErrorSchema } from '@chitieu/domain';

const DESCRIPTIONS = {
  400:
    'The path, query, headers or body are malformed; `issues` says which part and why. Text is measured after Unicode NFC ' +
    'normalisation (some characters grow under it); names, titles and notes must not hold bidirectional controls ' +
    '(U+202A–U+202E, U+2066–U+2069), control characters or line breaks, nor only invisible characters; a source `url` must be ' +
    'http(s) to a public host (not localhost, a loopback or private address, or a name without a dot) and hold no user name or password.',
  401: 'No key, or a key that is not valid or was revoked. The answer carries `WWW-Authenticate: Bearer`.',
  403: 'The key is valid but may not do this: another newsroom maintains the organisation, or the route needs the administrator token.',
  404: 'No such organisation, or no record for it.',
  405: 'The path exists but does not serve this method; see the Allow header.',
  409: 'It exists already, or other writes kept changing it: read it again and retry.',
  412: 'If-Match named a revision that is no longer current (or If-None-Match: * found it exists); nothing was changed. The ETag header has the current revision.',
  413: 'The body is too large.',
  415: 'The body is not of the media type the route takes.',
  422: 'The body is well formed but does not fit what is stored (a parent that does not exist, figures after the organisation closed…), or the database itself refused a value (code `text_too_long`, naming the table and column); `issues` says why. Nothing was changed.',
  429: 'Too many writes with this key, or too many failed key checks from this address; see Retry-After.',
} as const;

type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ApiErrorSchema } } };

/** @example responses: { 200: {...}, ...errorResponses(400, 404) } */
export function errorResponses<S extends keyof typeof DESCRIPTIONS>(...statuses: S[]): Record<S, ErrorResponse> {
  const responses = {} as Record<S, ErrorResponse>;
  for (const status of statuses) {
    responses[status] = { description: DESCRIPTIONS[status], content: { 'application/json': { schema: ApiErrorSchema } } };
  }
  return responses;
}

/** The errors every authenticated write can answer. */
export const WRITE_ERRORS = [400, 401, 403, 404, 409, 412, 413, 415, 422, 429] as const;
