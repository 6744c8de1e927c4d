/** Gives each request a D1 session (Sessions API), so reads can be served by a nearby read replica. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * Reads use `first-unconstrained`: any replica may answer the first query, and later queries of the
 * same request see at least what it saw. Writes (later) will want `first-primary`.
 */
export function d1Session(constraint: D1SessionConstraint = 'first-unconstrained'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('db', c.env.DB.withSession(constraint));
    await next();
  };
}
