// `pnpm start` / `pnpm dev`: builds public/, writes .dev.vars (the local administrator token) when
// missing, prepares the local D1 (migrations + seed), prints the URLs to open, then serves the
// Worker with `wrangler dev` on http://127.0.0.1:8787.
//
//   node scripts/start.mjs          quiet (warnings only), what `npm start` at the root runs
//   node scripts/start.mjs --dev    wrangler's usual request log
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wrangler = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
// No telemetry, and no fetch of the `request.cf` sample from workers.cloudflare.com (slow or absent offline).
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

for (const script of ['build-assets.mjs', 'dev-vars.mjs', 'db-setup.mjs', 'announce.mjs']) {
  const { status } = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

// The API first (it answers on the port), then the image render Worker that its RENDER binding calls.
const workers = ['-c', 'wrangler.jsonc', '-c', join('..', 'render', 'wrangler.jsonc')];
const args = ['dev', ...workers, '--ip', '127.0.0.1', '--port', '8787', ...(process.argv.includes('--dev') ? [] : ['--log-level', 'warn'])];
const child = spawn(wrangler, args, { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
