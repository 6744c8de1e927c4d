/** The Hono environment of every route: the Worker's bindings, the per-request D1 session, and who is writing. */
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';

export type AppEnv = {
  Bindings: Env;
  Variables: { db: Database; principal: Principal };
};
