// Benchmark 6, start: the Worker's startup as wrangler reports it locally. `wrangler deploy` prints
// "Worker Startup Time" only after a real upload (Cloudflare measures it); offline, wrangler's own
// `wrangler check startup` runs the upload bundle in local workerd under the V8 profiler and prints
// the startup phase's active CPU time. That is the figure used here, from the profile it writes.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summariseStartupProfile, type StartupSummary } from './startup-profile.ts';
import { WRANGLER_ENV, wranglerBin } from './worker-build.ts';

function wrangler(appRoot: string, args: string[], what: string): string {
  const result = spawnSync(wranglerBin(appRoot), args, { cwd: appRoot, env: WRANGLER_ENV, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${what} failed in ${appRoot} (exit ${result.status}):\n${output.slice(-2000)}`);
  return output;
}

/** Builds the upload bundle (`wrangler deploy --dry-run --outfile`) once; returns its path. */
export function uploadBundle(appRoot: string, workDir: string): string {
  const bundle = join(workDir, 'worker.bundle');
  rmSync(bundle, { force: true });
  wrangler(appRoot, ['deploy', '--dry-run', '--outfile', bundle], 'wrangler deploy --dry-run --outfile');
  return bundle;
}

/** One `wrangler check startup` of the bundle; the summary of the profile it wrote. */
export function startupOnce(appRoot: string, bundle: string, workDir: string, index: number): StartupSummary {
  const profile = join(workDir, `startup-${index}.cpuprofile`);
  wrangler(appRoot, ['check', 'startup', '--worker', bundle, '--outfile', profile], 'wrangler check startup');
  return summariseStartupProfile(JSON.parse(readFileSync(profile, 'utf8')));
}

export const STARTUP_COMMAND = 'wrangler check startup --worker <bundle of wrangler deploy --dry-run --outfile>';
