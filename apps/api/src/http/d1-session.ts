/** Gives each request a D1 session (Sessions API): reads may be served by a nearby replica, writes go to the primary. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * GET and HEAD use `reads` (by default `first-unconstrained`: any replica may answer the first query,
 * and later queries of the request see at least what it saw). Every other method starts at the
 * primary (`first-primary`), so a write reads the latest revision before it checks If-Match.
 */
export function d1Session(reads: D1SessionConstraint = 'first-unconstrained'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const constraint = c.req.method === 'GET' || c.req.method === 'HEAD' ? reads : 'first-primary';
    c.set('db', c.env.DB.withSession(constraint));
    await next();
  };
}
