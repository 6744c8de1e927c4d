/** The API's one error exit: every thrown error and every unknown path becomes the wire's ApiError shape. */
import type { ApiError, ErrorCode } from '@chitieu/domain';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiException } from './api-exception.ts';
import type { AppEnv } from './app-env.ts';
import { databaseRefusal } from './database-refusal.ts';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export const onError: ErrorHandler<AppEnv> = (thrown, c) => {
  const err = databaseRefusal(thrown) ?? thrown;
  if (err instanceof ApiException) {
    const body: ApiError = { error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } };
    return c.json(body, err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Raised by Hono itself (e.g. a malformed body): keep its status, use our shape.
    const status = err.status as ContentfulStatusCode;
    const body: ApiError = { error: { code: CODE_BY_STATUS[status] ?? 'bad_request', message: err.message || 'Bad request' } };
    return c.json(body, status);
  }
  console.error('unhandled error', c.req.method, c.req.path, err);
  const body: ApiError = { error: { code: 'internal_error', message: 'Something went wrong on our side; please try again later.' } };
  return c.json(body, 500);
};

export const notFound: NotFoundHandler<AppEnv> = (c) => {
  const body: ApiError = { error: { code: 'not_found', message: `Nothing at ${c.req.path}` } };
  return c.json(body, 404);
};
