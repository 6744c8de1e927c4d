// Prepares the local D1 of `wrangler dev`: applies the migrations, then loads the seed (both idempotent).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wrangler = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');

// CI=true: `migrations apply` would otherwise stop to ask on a terminal, even for the local database.
const migrate = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'chitieu', '--local'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
});
if (migrate.status !== 0) {
  process.stdout.write(migrate.stdout ?? '');
  console.error(`db-setup: wrangler d1 migrations apply failed (exit ${migrate.status})`);
  process.exit(migrate.status ?? 1);
}
console.info(/No migrations to apply/i.test(migrate.stdout) ? 'db-setup: migrations already applied' : 'db-setup: migrations applied');

const seed = spawnSync(process.execPath, [join(root, 'scripts', 'seed.mjs'), '--local'], { cwd: root, stdio: 'inherit' });
process.exit(seed.status ?? 1);
