// A Worker as `wrangler deploy --dry-run` builds it for upload: its modules, their gzip size (the
// figure wrangler prints), and the size line wrangler printed itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageOf } from './package-of.ts';
import { workerGzipBytes } from './compressed-size.ts';
import { parseTotalUpload, type TotalUpload } from './wrangler-output.ts';

/** No telemetry, no `request.cf` download, no prompts. */
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  DO_NOT_TRACK: '1',
  CI: 'true',
};

export function wranglerBin(appRoot: string): string {
  return join(appRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
}

/** The Worker's wrangler config file, or null when the app has none yet. */
export function wranglerConfig(appRoot: string): string | null {
  for (const name of ['wrangler.jsonc', 'wrangler.json', 'wrangler.toml']) if (existsSync(join(appRoot, name))) return join(appRoot, name);
  return null;
}

export interface WorkerSize {
  /** Bytes of the modules wrangler uploads (source maps and README left out). */
  readonly raw: number;
  /** Their gzip size, computed as wrangler computes it. */
  readonly gzip: number;
  readonly modules: readonly string[];
}

/** Sizes of a dry run's `--outdir` (the modules wrangler would upload). */
export function workerSize(outDir: string): WorkerSize {
  const modules = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(map|md)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const bodies = modules.map((m) => readFileSync(m));
  return { raw: bodies.reduce((t, b) => t + b.byteLength, 0), gzip: workerGzipBytes(bodies), modules: modules.map((m) => m.slice(outDir.length + 1)) };
}

export interface DryRun extends WorkerSize {
  readonly outDir: string;
  /** "Total Upload: … / gzip: …" as wrangler printed it. */
  readonly reported: TotalUpload | null;
  readonly command: string;
  /** Bytes in the output per package, from esbuild's metafile (`--metafile`), largest first. */
  readonly packages: ReadonlyArray<{ readonly name: string; readonly bytes: number }>;
}

type Metafile = { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };

/** Bytes per package in a Worker's output, from the metafile wrangler's esbuild writes. */
function packageBytes(metafile: Metafile, packageOf: (input: string) => string): Array<{ name: string; bytes: number }> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Runs `wrangler deploy --dry-run --outdir outDir` in the app; throws with wrangler's output when it fails. */
export function dryRun(appRoot: string, outDir: string): DryRun {
  rmSync(outDir, { recursive: true, force: true });
  const metafile = `${outDir}.meta.json`;
  const args = ['deploy', '--dry-run', '--outdir', outDir, '--metafile', metafile];
  const result = spawnSync(wranglerBin(appRoot), args, { cwd: appRoot, env: WRANGLER_ENV, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`wrangler deploy --dry-run failed in ${appRoot} (exit ${result.status}):\n${output.slice(-2000)}`);
  const packages = existsSync(metafile) ? packageBytes(JSON.parse(readFileSync(metafile, 'utf8')) as Metafile, packageOf) : [];
  return { ...workerSize(outDir), outDir, reported: parseTotalUpload(output), command: `wrangler deploy --dry-run --outdir <dir>`, packages };
}
