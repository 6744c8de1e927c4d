/** Sets Cache-Control on a read from its final status (success, client error, server error); writes are never stored. */
import type { MiddlewareHandler } from 'hono';
import { cacheControlFor, NO_STORE } from './cache-policy.ts';

/**
 * A successful read keeps a Cache-Control its handler chose (a pinned read's long one); otherwise it
 * gets `success`. Any other method's response gets no-store.
 *
 * @example app.use('/v1/organizations/*', cacheControl(EMBED_CACHE_CONTROL))
 */
export function cacheControl(success: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.res.headers.set('Cache-Control', NO_STORE);
    } else if (c.res.status >= 400 || !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.res.status, success));
    }
  };
}
