// Runs in workerd before each test file (each file has its own storage): the real migrations, then
// the seed through the same SQL that scripts/seed.mjs writes. Both are idempotent.
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { seedStatements } from '../src/db/seed.ts';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await env.DB.batch(seedStatements().map((sql) => env.DB.prepare(sql)));
