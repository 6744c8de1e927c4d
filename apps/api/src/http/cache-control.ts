/** Sets Cache-Control on a read from its final status (success, client error, server error). */
import type { MiddlewareHandler } from 'hono';
import { cacheControlFor } from './cache-policy.ts';

/** @example app.use('/v1/organizations/*', cacheControl(EMBED_CACHE_CONTROL)) */
export function cacheControl(success: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', cacheControlFor(c.res.status, success));
  };
}
