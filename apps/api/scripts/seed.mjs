// Loads the seed figures (the Báo Lào Cai article's) into D1, idempotently: a second run changes
// nothing, and figures the data desk has changed since are never overwritten.
//
//   node scripts/seed.mjs --local     the local database of `wrangler dev` (.wrangler/state)
//   node scripts/seed.mjs --remote    the deployed database (after `wrangler login`)
//   node scripts/seed.mjs --print     only print the SQL
//
// The SQL comes from src/db/seed.ts, the same code the tests load their data with; Node runs it
// directly (type stripping).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedStatements } from '../src/db/seed.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sql = `${seedStatements().join('\n')}\n`;

if (args.includes('--print')) {
  process.stdout.write(sql);
  process.exit(0);
}
const target = args.includes('--remote') ? '--remote' : args.includes('--local') ? '--local' : null;
if (!target) {
  console.error('usage: node scripts/seed.mjs --local | --remote | --print');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'chitieu-seed-'));
try {
  const file = join(dir, 'seed.sql');
  writeFileSync(file, sql);
  const wrangler = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
  const result = spawnSync(wrangler, ['d1', 'execute', 'chitieu', target, '--file', file, '--yes'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error(`seed: wrangler d1 execute failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  console.info(`seed: ${seedStatements().length} idempotent statements applied to the ${target.slice(2)} database "chitieu"`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
