// Vitest global setup of the end-to-end tests: the API Worker as `npm start` runs it, serving the
// BUILT hosted script and site (apps/api/public/, from `pnpm --filter @chitieu/api build`), with
// `wrangler dev` on a free 127.0.0.1 port and a D1 of its own in a temporary folder (the real
// migrations and the seed, in one `wrangler d1 execute`), so it never touches the database of
// `npm start` or of another run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const API_DIR = fileURLToPath(new URL('../../../api/', import.meta.url));
const WRANGLER = join(API_DIR, 'node_modules', '.bin', 'wrangler');
const ENV = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', DO_NOT_TRACK: '1' };
// Far above the few seconds wrangler takes, for a loaded two-core CI machine.
const READY_WITHIN_MS = 180_000;
/** The documented development token (apps/api/scripts/dev-vars.mjs), used when apps/api/.dev.vars has none. */
const DEV_ADMIN_TOKEN = 'chitieu-local-admin-token';

/**
 * The token `wrangler dev` will run with: the one in apps/api/.dev.vars when the developer has that file
 * (wrangler reads it), else the development token, which is also passed with `--var` so that both agree.
 */
function adminToken(): string {
  const file = join(API_DIR, '.dev.vars');
  const line = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .find((l) => /^ADMIN_TOKEN\s*=/.test(l))
    : undefined;
  return line ? line.replace(/^ADMIN_TOKEN\s*=\s*/, '').replace(/^"(.*)"$/, '$1') : DEV_ADMIN_TOKEN;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Worker's origin: `http://127.0.0.1:<port>`. */
    baseUrl: string;
    /** The administrator token this Worker was started with (creates newsrooms and issues keys). */
    adminToken: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function wrangler(args: string[]): void {
  const result = spawnSync(WRANGLER, args, { cwd: API_DIR, env: ENV, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

async function untilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer within ${READY_WITHIN_MS} ms:\n${log()}`);
}

export default async function startWorker(project: TestProject): Promise<() => Promise<void>> {
  for (const file of ['public/widgets/v1/chitieu.js', 'public/index.html', 'public/site/v1/embed-frame.js']) {
    if (!existsSync(join(API_DIR, file))) {
      throw new Error(`apps/api/${file} is missing: build first (pnpm --filter @chitieu/api build, which turbo runs before this test)`);
    }
  }
  const state = mkdtempSync(join(tmpdir(), 'chitieu-e2e-'));
  const seed = spawnSync(process.execPath, [join(API_DIR, 'scripts', 'seed.mjs'), '--print'], { cwd: API_DIR, encoding: 'utf8', timeout: 120_000 });
  if (seed.status !== 0) throw new Error(`seed --print failed:\n${seed.stderr}`);
  const migrations = readdirSync(join(API_DIR, 'migrations'))
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => readFileSync(join(API_DIR, 'migrations', file), 'utf8'));
  writeFileSync(join(state, 'setup.sql'), [...migrations, seed.stdout].join('\n'));
  wrangler(['d1', 'execute', 'chitieu', '--local', '--persist-to', state, '--file', join(state, 'setup.sql'), '--yes']);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const token = adminToken();
  // Its own process group, so teardown ends wrangler and the workerd it started, and nothing else.
  const child = spawn(
    WRANGLER,
    // The API, then the image render Worker its RENDER binding calls (as `pnpm start` runs them).
    [
      'dev',
      '-c',
      'wrangler.jsonc',
      '-c',
      join('..', 'render', 'wrangler.jsonc'),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--log-level',
      'warn',
      '--var',
      `ADMIN_TOKEN:${token}`,
    ],
    {
      cwd: API_DIR,
      env: ENV,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          resolve(undefined);
        }, 5000);
        child.once('exit', () => (clearTimeout(timer), resolve(undefined)));
      });
    }
    rmSync(state, { recursive: true, force: true });
  };
  try {
    await untilUp(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminToken', token);
  return stop;
}
