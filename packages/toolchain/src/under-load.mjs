#!/usr/bin/env node
// Proves that `npm test` passes on the first run of a fresh clone on a busy machine: clones the
// committed HEAD into a temporary folder, keeps CPU-bound processes running beside it (one by default,
// half of a two-core machine), runs `npm test` there as a new user would (the system's Node and PATH,
// none of this checkout's toolchain), and passes iff that passes. Uncommitted changes are not tested.
//
//   npm run test:under-load                 one busy core beside the suite
//   npm run test:under-load -- --hogs 2     two
//   npm run test:under-load -- --keep       keep the clone (it is kept anyway when the suite fails)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutNpmVariables } from './version.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The longest a hog may run if this script dies without stopping it: longer than any suite takes. */
const HOG_LIMIT_MS = 90 * 60 * 1000;

/**
 * The command line's options.
 * @example parseOptions(['--hogs', '2']) // { hogs: 2, keep: false }
 */
export function parseOptions(argv) {
  const options = { hogs: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--hogs') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`--hogs takes a whole number of processes, not ${argv[i]}`);
      options.hogs = value;
    } else throw new Error(`unknown option ${arg}; use --hogs N or --keep`);
  }
  return options;
}

/**
 * Starts `count` processes that each keep one core busy until stopped, or for `limitMs` at most (so a
 * hog outlives this script by that much at worst). `stop()` ends them and resolves once they have exited.
 */
export function startHogs(count, limitMs = HOG_LIMIT_MS) {
  const hogs = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', `const end = Date.now() + ${Number(limitMs)}; while (Date.now() < end) {}`], { stdio: 'ignore' }),
  );
  const exited = hogs.map(
    (hog) => new Promise((resolveExit) => (hog.exitCode !== null || hog.signalCode !== null ? resolveExit() : hog.once('exit', () => resolveExit()))),
  );
  return {
    pids: hogs.map((hog) => hog.pid),
    async stop() {
      for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
      await Promise.all(exited);
    },
  };
}

function git(args, cwd) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

/** Clones this checkout's committed HEAD (a branch or a detached commit) into `dir`; answers its commit. */
function cloneHead(dir) {
  git(['clone', '--quiet', '--no-checkout', ROOT, dir]);
  git(['fetch', '--quiet', ROOT, 'HEAD'], dir);
  git(['checkout', '--quiet', '--detach', 'FETCH_HEAD'], dir);
  return git(['rev-parse', '--short', 'HEAD'], dir);
}

/** The caller's environment as a new user's shell would have it: no npm run variables, no toolchain of ours on PATH. */
function newUserEnv() {
  const env = withoutNpmVariables(process.env);
  const ours = (entry) => entry.startsWith(join(ROOT, '.tools')) || entry.includes(`${join('node_modules', '.bin')}`);
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter((entry) => entry && !ours(entry))
    .join(':');
  return env;
}

function log(message) {
  process.stdout.write(`\x1b[2m[under-load]\x1b[0m ${message}\n`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-under-load-'));
  const commit = cloneHead(dir);
  log(`cloned ${commit} into ${dir}`);
  const hogs = startHogs(options.hogs);
  log(`${options.hogs} CPU hog(s) running (pids ${hogs.pids.join(', ') || 'none'}); running npm test in the clone`);
  const started = Date.now();
  const child = spawn('npm', ['test'], { cwd: dir, env: newUserEnv(), stdio: 'inherit', detached: true });
  const stopAll = () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    void hogs.stop().then(() => process.exit(130));
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  const code = await new Promise((resolveCode) => child.on('close', (status, signal) => resolveCode(signal ? 1 : (status ?? 1))));
  await hogs.stop();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (code === 0) {
    log(`passed: npm test on a fresh clone of ${commit} beside ${options.hogs} CPU hog(s), in ${minutes} min`);
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else log(`clone kept in ${dir}`);
  } else {
    log(`FAILED (exit ${code}): npm test on a fresh clone of ${commit} beside ${options.hogs} CPU hog(s), after ${minutes} min; clone kept in ${dir}`);
  }
  process.exit(code);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`[under-load] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
