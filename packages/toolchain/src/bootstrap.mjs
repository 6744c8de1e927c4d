#!/usr/bin/env node
// Brings the toolchain a fresh clone needs (Node >= 22.12, pinned pnpm, optionally Chromium) using only
// the npm registry and Debian's apt, then hands over to pnpm and turbo. It must run on the system's
// Node 20, so it uses nothing newer than Node 18 APIs and no dependencies.
//
//   node packages/toolchain/src/bootstrap.mjs start   install, prepare the local D1, serve on 127.0.0.1
//   node packages/toolchain/src/bootstrap.mjs test    install, then every check of every package
//   node packages/toolchain/src/bootstrap.mjs run -- <command...>   run a command inside the toolchain
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';
import { TestSummary } from './test-summary.mjs';
import { nodePackageName, versionAtLeast, withoutNpmVariables } from './version.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TOOLS = join(ROOT, '.tools');
const BIN = join(TOOLS, 'bin');
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NODE_VERSION = rootPkg.chitieu.node;
const NODE_MIN = rootPkg.chitieu.nodeMin;
const PNPM_VERSION = rootPkg.packageManager.replace(/^pnpm@/, '');

/** Environment shared by every child: the toolchain first on PATH, and no telemetry or update checks. */
const quietEnv = {
  DO_NOT_TRACK: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  NO_UPDATE_NOTIFIER: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function log(message) {
  process.stdout.write(`\x1b[2m[chitieu]\x1b[0m ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[chitieu] ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: ROOT, ...options });
  return result.status === 0 ? result.stdout.trim() : null;
}

function npmInstallInto(prefix, spec) {
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  const status = run('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--ignore-scripts', '--loglevel=error', spec], {
    env: { ...process.env, ...quietEnv },
  });
  if (status !== 0) fail(`npm could not install ${spec}; is the npm registry reachable?`);
}

/** Returns the path of a Node binary >= NODE_MIN: the one running us, or a pinned one under .tools/. */
function ensureNode() {
  if (versionAtLeast(process.version, NODE_MIN)) return process.execPath;
  const name = nodePackageName(process.platform, process.arch);
  if (!name) fail(`no Node ${NODE_VERSION} package for ${process.platform}-${process.arch}; install Node >= ${NODE_MIN} yourself`);
  const prefix = join(TOOLS, `node-${NODE_VERSION}`);
  const binary = join(prefix, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary) || capture(binary, ['--version']) !== `v${NODE_VERSION}`) {
    log(`system Node ${process.version} is older than ${NODE_MIN}: installing Node ${NODE_VERSION} from the npm package ${name} into .tools/`);
    rmSync(prefix, { recursive: true, force: true });
    npmInstallInto(prefix, `${name}@${NODE_VERSION}`);
    chmodSync(binary, 0o755);
    if (capture(binary, ['--version']) !== `v${NODE_VERSION}`) fail(`the Node binary in ${binary} does not run`);
  }
  return binary;
}

function ensurePnpm() {
  const prefix = join(TOOLS, `pnpm-${PNPM_VERSION}`);
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
  if (!existsSync(entry)) {
    log(`installing pnpm ${PNPM_VERSION} from the npm registry into .tools/`);
    rmSync(prefix, { recursive: true, force: true });
    npmInstallInto(prefix, `pnpm@${PNPM_VERSION}`);
  }
  return entry;
}

/** Writes .tools/bin/{node,pnpm} so that every child process, and every script pnpm runs, uses them. */
function writeShims(nodeBinary, pnpmEntry) {
  mkdirSync(BIN, { recursive: true });
  const shims = {
    node: `#!/bin/sh\nexec "${nodeBinary}" "$@"\n`,
    pnpm: `#!/bin/sh\nexec "${nodeBinary}" "${pnpmEntry}" "$@"\n`,
  };
  for (const [name, body] of Object.entries(shims)) {
    const file = join(BIN, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== body) {
      writeFileSync(file, body);
      chmodSync(file, 0o755);
    }
  }
}

/** CHROMIUM_PATH, else /usr/bin/chromium, else apt-get install chromium when root on Debian. */
function ensureChromium() {
  const found = findChromium(process.env);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('installing Chromium from Debian (apt-get install chromium) for the browser tests');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env }) === 0) {
      const installed = findChromium(process.env);
      if (installed) return installed;
    }
  }
  fail(
    'the browser tests need Chromium and none was found.\n' +
      '  Set CHROMIUM_PATH to a Chromium or Chrome binary, or install one (Debian: sudo apt-get install chromium).',
  );
}

function toolchainEnv(extra = {}) {
  return { ...withoutNpmVariables(process.env), ...quietEnv, PATH: `${BIN}:${process.env.PATH ?? ''}`, ...extra };
}

function pnpm(args, env) {
  return run(join(BIN, 'pnpm'), args, { env });
}

/** Runs pnpm, echoing its output as it comes, and resolves with its exit code and the test tally. */
function pnpmCountingTests(args, env) {
  const summary = new TestSummary();
  const child = spawn(join(BIN, 'pnpm'), args, { cwd: ROOT, env, stdio: ['inherit', 'pipe', 'pipe'] });
  const feed = (stream, sink) => {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    stream.on('data', (chunk) => {
      sink.write(chunk);
      pending += decoder.write(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) summary.add(line);
    });
    stream.on('end', () => pending && summary.add(pending));
  };
  feed(child.stdout, process.stdout);
  feed(child.stderr, process.stderr);
  return new Promise((resolvePromise) => {
    child.on('close', (code, signal) => resolvePromise({ code: signal ? 1 : (code ?? 1), summary }));
  });
}

function install(env) {
  const status = pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], env);
  if (status !== 0) fail('pnpm install failed (see above)');
}

function main() {
  const [command = 'test', ...rest] = process.argv.slice(2);
  const nodeBinary = ensureNode();
  const pnpmEntry = ensurePnpm();
  writeShims(nodeBinary, pnpmEntry);
  const env = toolchainEnv();
  install(env);

  if (command === 'test') {
    const chromium = ensureChromium();
    // Output goes through a pipe to be counted; keep the colours a terminal would have had.
    const testEnv = toolchainEnv({ CHROMIUM_PATH: chromium, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) });
    pnpmCountingTests(['run', 'check', ...rest], testEnv).then(({ code, summary }) => {
      process.stdout.write(`\n${summary}\n`);
      if (code === 0 && summary.runs === 0) fail('the checks passed but no test ran');
      process.exit(code);
    });
    return;
  }
  if (command === 'start') {
    process.exit(pnpm(['run', 'serve', ...rest], env));
  }
  if (command === 'run') {
    const args = rest[0] === '--' ? rest.slice(1) : rest;
    if (args.length === 0) fail('usage: bootstrap.mjs run -- <command> [args...]');
    const needsBrowser = process.env.CHITIEU_NEEDS_BROWSER === '1';
    const runEnv = needsBrowser ? toolchainEnv({ CHROMIUM_PATH: ensureChromium() }) : env;
    const child = spawn(args[0], args.slice(1), { stdio: 'inherit', cwd: process.cwd(), env: runEnv });
    child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
    return;
  }
  fail(`unknown command "${command}"; use start, test or run`);
}

main();
