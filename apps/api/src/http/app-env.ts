/** The Hono environment of every route: the Worker's bindings (and a test's clock), the per-request D1 session, and who is writing. */
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import type { TestClock } from './clock.ts';

export type AppEnv = {
  Bindings: Env & TestClock;
  Variables: { db: Database; principal: Principal };
};
