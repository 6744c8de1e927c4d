// The API Worker under `wrangler dev` on 127.0.0.1 (random ports), isolated from the working tree:
// it runs the bundle a dry run just built, with a snapshot of public/ and the migrations, and its own
// D1 state in a temp folder (`--persist-to`), migrated and seeded through the API's own scripts.
// Edits other people make to apps/api while the benchmarks run cannot reload it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseJsonc } from './jsonc.ts';
import { API_ROOT, RENDER_ROOT } from './paths.ts';
import { WRANGLER_ENV, wranglerBin, wranglerConfig, type DryRun } from './worker-build.ts';

export interface ApiWorker {
  readonly origin: string;
  readonly log: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

type Config = Record<string, unknown> & {
  d1_databases?: Array<Record<string, unknown> & { database_name: string }>;
  assets?: Record<string, unknown>;
  secrets?: { required?: string[] };
};

function run(args: string[], cwd: string, what: string): void {
  const result = spawnSync(wranglerBin(API_ROOT), args, { cwd, env: WRANGLER_ENV, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.slice(-2000)}`);
}

/** Writes the isolated config and state under `workDir`, from the dry run's bundle in `build.outDir`. */
function prepare(build: DryRun, workDir: string): { config: string; state: string; database: string } {
  const source = wranglerConfig(API_ROOT);
  if (!source || !source.endsWith('.jsonc')) throw new Error(`expected apps/api/wrangler.jsonc, found ${source}`);
  const config = parseJsonc(readFileSync(source, 'utf8')) as Config;
  const main = build.modules.find((m) => /^index\.m?js$/.test(m)) ?? build.modules.find((m) => /\.m?js$/.test(m));
  if (!main) throw new Error(`no JavaScript module in ${build.outDir}`);
  for (const folder of ['public', 'migrations']) {
    if (existsSync(join(API_ROOT, folder))) cpSync(join(API_ROOT, folder), join(workDir, folder), { recursive: true });
  }
  delete config.$schema;
  config.main = join(build.outDir, main);
  config.no_bundle = true;
  config.find_additional_modules = true;
  config.base_dir = build.outDir;
  for (const db of config.d1_databases ?? []) db.migrations_dir = join(workDir, 'migrations');
  if (config.assets) config.assets.directory = join(workDir, 'public');
  const database = config.d1_databases?.[0]?.database_name;
  if (!database) throw new Error('apps/api/wrangler.jsonc has no D1 database');
  const configFile = join(workDir, 'wrangler.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  // Required secrets get throwaway values (wrangler reads .dev.vars beside the config).
  const secrets = config.secrets?.required ?? [];
  writeFileSync(join(workDir, '.dev.vars'), secrets.map((name) => `${name}=${randomBytes(24).toString('hex')}\n`).join(''));
  return { config: configFile, state: join(workDir, 'state'), database };
}

/** The render Worker's config for the same `wrangler dev` (its RENDER binding), on its dry run's bundle. */
function prepareRender(build: DryRun, workDir: string): string {
  const config = parseJsonc(readFileSync(wranglerConfig(RENDER_ROOT)!, 'utf8')) as Config;
  const main = build.modules.find((m) => /^index\.m?js$/.test(m)) ?? build.modules.find((m) => /\.m?js$/.test(m));
  if (!main) throw new Error(`no JavaScript module in ${build.outDir}`);
  delete config.$schema;
  Object.assign(config, { main: join(build.outDir, main), no_bundle: true, find_additional_modules: true, base_dir: build.outDir });
  const file = join(workDir, 'render.wrangler.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

async function waitForHealth(origin: string, child: ChildProcess, log: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${readFileSync(log, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${origin}/v1/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`wrangler dev did not answer /v1/health within ${timeoutMs} ms:\n${readFileSync(log, 'utf8').slice(-2000)}`);
}

/** Applies the migrations and loads the seed into a fresh local D1 at `state`. */
function seedDatabase(workDir: string, config: string, state: string, database: string): void {
  run(['d1', 'migrations', 'apply', database, '--local', '--persist-to', state, '-c', config], workDir, 'wrangler d1 migrations apply');
  const seed = spawnSync(process.execPath, [join(API_ROOT, 'scripts', 'seed.mjs'), '--print'], { cwd: API_ROOT, encoding: 'utf8', timeout: 60_000 });
  if (seed.status !== 0) throw new Error(`apps/api/scripts/seed.mjs --print failed:\n${seed.stderr}`);
  writeFileSync(join(workDir, 'seed.sql'), seed.stdout);
  run(
    ['d1', 'execute', database, '--local', '--persist-to', state, '-c', config, '--file', join(workDir, 'seed.sql'), '--yes'],
    workDir,
    'wrangler d1 execute (seed)',
  );
}

/** What else a benchmark's API Worker runs on or beside. */
export interface ApiWorkerOptions {
  /** The render Worker's dry run: it runs in the same session as the API's RENDER binding (the static images). */
  readonly render?: DryRun | undefined;
  /** A prepared persist folder (the synthetic country's), served from a copy instead of a freshly seeded D1. */
  readonly persisted?: string | undefined;
}

/**
 * Migrates and seeds a fresh local D1 under `workDir` (or copies `persisted`), then starts `wrangler dev`
 * on the dry run's bundle, with the render Worker beside it when `render` is given.
 */
export async function startApiWorker(build: DryRun, workDir: string, { render, persisted }: ApiWorkerOptions = {}): Promise<ApiWorker> {
  mkdirSync(workDir, { recursive: true });
  const { config, state, database } = prepare(build, workDir);
  if (persisted) cpSync(persisted, state, { recursive: true });
  else seedDatabase(workDir, config, state, database);

  const port = await freePort();
  const inspector = await freePort();
  const log = join(workDir, 'wrangler-dev.log');
  const out = openSync(log, 'w');
  const args = [
    'dev',
    '-c',
    config,
    '--no-bundle',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspector),
    '--persist-to',
    state,
    '--log-level',
    'warn',
    '--show-interactive-dev-session=false',
    ...(render ? ['-c', prepareRender(render, workDir)] : []),
  ];
  // Its own process group, so stopping it ends workerd too.
  const child = spawn(wranglerBin(API_ROOT), args, { cwd: workDir, env: WRANGLER_ENV, stdio: ['ignore', out, out], detached: true });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(origin, child, log, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, log, stop };
}
