// Runs in workerd before each test file: the real migrations, then the seed through the same SQL
// that scripts/seed.mjs writes. Both are idempotent, and every file shares this one database
// (isolate: false), so tests never change the seed's rows and write only rows of their own slugs.
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { seedStatements } from '../src/db/seed.ts';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await env.DB.batch(seedStatements().map((sql) => env.DB.prepare(sql)));
