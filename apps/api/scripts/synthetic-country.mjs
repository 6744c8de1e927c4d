// Builds a local D1 holding the seed and a synthetic country (src/db/synthetic-country.ts: 34
// provinces, about 3,400 communes and wards, about 60,000 cells, ten years of admissions, every row
// marked as invented), for measuring the API at national scale. It is never the database `wrangler
// dev` serves by default: it lives in a persist folder of its own (by default .wrangler/synthetic-country),
// which only a `wrangler dev --persist-to` pointed at it serves.
//
//   node scripts/synthetic-country.mjs [--persist-to <dir>] [--config <wrangler config>] [--scale <0..1>]
//   node scripts/synthetic-country.mjs --print [--scale <0..1>]     only print the SQL
//
// The real migrations, then the seed, then the synthetic rows, loaded with two wrangler commands (one
// `migrations apply`, one `d1 execute` of a single file of multi-row INSERTs). The folder keeps the
// key of what it was built from (the migrations, the SQL, this script): a second run with the same
// key does nothing, so the benchmarks build it once.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedStatements } from '../src/db/seed.ts';
import { syntheticCountry } from '../src/db/synthetic-country.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'persist-to': { type: 'string', default: join(root, '.wrangler', 'synthetic-country') },
    config: { type: 'string', default: join(root, 'wrangler.jsonc') },
    scale: { type: 'string', default: '1' },
    print: { type: 'boolean', default: false },
  },
});

const scale = Number(values.scale);
if (!(scale > 0 && scale <= 1)) {
  console.error('synthetic-country: --scale must be in (0, 1]');
  process.exit(2);
}
const { statements, counts } = syntheticCountry({ scale });
const sql = `${[...seedStatements(), ...statements].join('\n')}\n`;
if (values.print) {
  writeFileSync(1, sql); // synchronously: process.exit would cut a piped stdout short
  process.exit(0);
}

const persistTo = resolve(values['persist-to']);
if (persistTo === resolve(root, '.wrangler', 'state') || persistTo === resolve(root, '.wrangler')) {
  console.error('synthetic-country: refusing to write into the default local database; give --persist-to a folder of its own');
  process.exit(2);
}

const migrationsDir = join(root, 'migrations');
const hash = createHash('sha256');
for (const file of readdirSync(migrationsDir)
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  hash.update(file).update(readFileSync(join(migrationsDir, file)));
}
hash.update(readFileSync(fileURLToPath(import.meta.url))).update(sql);
const key = hash.digest('hex');
const keyFile = join(persistTo, 'synthetic-country.key');
if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
  console.info(`synthetic-country: ${persistTo} is up to date (${key.slice(0, 12)})`);
  process.exit(0);
}

rmSync(persistTo, { recursive: true, force: true });
mkdirSync(persistTo, { recursive: true });
const wrangler = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };
const database = JSON.parse(readFileSync(values.config, 'utf8').replace(/^\s*\/\/.*$/gm, '')).d1_databases[0].database_name;

function wranglerRun(args, what) {
  const result = spawnSync(wrangler, [...args, '--local', '--persist-to', persistTo, '-c', values.config], {
    cwd: dirname(values.config),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000));
    console.error(`synthetic-country: ${what} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

const started = performance.now();
wranglerRun(['d1', 'migrations', 'apply', database], 'wrangler d1 migrations apply');
const file = join(persistTo, 'synthetic-country.sql');
writeFileSync(file, sql);
wranglerRun(['d1', 'execute', database, '--file', file, '--yes'], 'wrangler d1 execute');
rmSync(file);
writeFileSync(keyFile, key);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.info(
  `synthetic-country: ${counts.provinces} provinces, ${counts.communes} communes, ${counts.cells} cells, ${counts.admissions} admission records loaded into ${persistTo} in ${seconds} s`,
);
