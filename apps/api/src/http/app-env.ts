/** The Hono environment of every route: the Worker's bindings and the per-request D1 session. */
import type { Database } from '../db/database.ts';

export type AppEnv = {
  Bindings: Env;
  Variables: { db: Database };
};
