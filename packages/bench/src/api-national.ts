// The API at national scale: the same reads on the seed's database and on one that also holds a
// synthetic country (apps/api/scripts/synthetic-country.mjs: 34 provinces, about 3,400 communes,
// about 60,000 cells, ten years of admissions), two `wrangler dev` of the same bundle side by side.
// Reads run interleaved round after round (seed, national, seed, national …), each with autocannon
// for a few seconds, and every request misses the edge cache: it names a host no request used before,
// which is part of the cache key, so each one reaches D1. Each national figure is compared with the
// seed's of the same round.
//
//   node src/api-national.ts      alone: builds the API Worker, starts both, prints the rows as JSON
import type autocannon from 'autocannon';
import { fireGets } from './api-throughput.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApiWorker, type ApiWorker } from './api-worker.ts';
import { runInterleaved, type RunLimits } from './interleave.ts';
import { API_ROOT, OUT_DIR } from './paths.ts';
import { pairedRatios, ratio, summarise, type Summary } from './stats.ts';
import { dryRun, type DryRun } from './worker-build.ts';

const NATIONAL_READ_IDS = ['directorySearch', 'organizationCells', 'pinnedRead'] as const;
type NationalReadId = (typeof NATIONAL_READ_IDS)[number];

/** The seed's organisation, so both databases give the same answer and only their size differs. */
const NATIONAL_READS: Readonly<Record<NationalReadId, { readonly path: string; readonly describe: string }>> = {
  directorySearch: { path: '/v1/organizations?q=muong%20khuong', describe: 'GET /v1/organizations?q=muong khuong (directory search)' },
  organizationCells: { path: '/v1/organizations/muong-khuong/cells', describe: "GET /v1/organizations/muong-khuong/cells (an organisation's cells)" },
  pinnedRead: {
    path: '/v1/organizations/muong-khuong/admissions/2024?revision=1',
    describe: 'GET /v1/organizations/muong-khuong/admissions/2024?revision=1 (a pinned read)',
  },
};

type Database = 'seed' | 'national';
type Candidate = `${Database}:${NationalReadId}`;

interface NationalRow {
  readonly read: NationalReadId;
  readonly describe: string;
  readonly seedRequestsPerSecond: Summary;
  readonly nationalRequestsPerSecond: Summary;
  readonly seedP50Ms: Summary;
  readonly nationalP50Ms: Summary;
  /** Per round: national req/s over the seed's in the same round. */
  readonly ratioToSeed: Summary;
  readonly ratioOfMedians: number | null;
  readonly unexpected: number;
}

export interface NationalResult {
  readonly seconds: number;
  readonly connections: number;
  readonly rounds: number;
  /** Seconds the synthetic database took to build, or 0 when the cached one was current. */
  readonly buildSeconds: number;
  readonly rows: readonly NationalRow[];
}

export interface NationalOptions extends RunLimits {
  readonly seconds: number;
  readonly connections: number;
}

interface Run {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly unexpected: number;
}

/** The synthetic country's persist folder, built once per key (migrations + script) and kept between runs. */
function syntheticDatabase(): { dir: string; buildSeconds: number } {
  const dir = join(OUT_DIR, 'synthetic-country');
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(API_ROOT, 'scripts', 'synthetic-country.mjs'), '--persist-to', dir], {
    cwd: API_ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`apps/api/scripts/synthetic-country.mjs failed:\n${result.stdout}${result.stderr}`);
  return { dir, buildSeconds: /up to date/.test(result.stdout) ? 0 : (performance.now() - started) / 1000 };
}

let hosts = 0;

async function cannon(origin: string, path: string, seconds: number, connections: number): Promise<Run> {
  const run = await fireGets(
    origin,
    { path, setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, host: `r${++hosts}.national.invalid` } }) },
    200,
    seconds,
    connections,
  );
  return { requestsPerSecond: run.requestsPerSecond, p50Ms: run.p50Ms, unexpected: run.unexpected + run.errors };
}

/** Checks both databases answer every read with the same body, timestamps aside. */
async function probe(origins: Record<Database, string>): Promise<void> {
  for (const id of NATIONAL_READ_IDS) {
    const bodies: string[] = [];
    for (const origin of Object.values(origins)) {
      const response = await fetch(`${origin}${NATIONAL_READS[id].path}`, { headers: { host: `probe-${++hosts}.national.invalid` } });
      if (response.status !== 200) throw new Error(`${origin}${NATIONAL_READS[id].path} answered ${response.status}`);
      // The seed was loaded into each database at its own instant: only the timestamps may differ.
      bodies.push((await response.text()).replace(/"(updatedAt|createdAt)":"[^"]*"/g, ''));
    }
    if (bodies[0] !== bodies[1]) throw new Error(`${NATIONAL_READS[id].path}: the national database answers differently from the seed's`);
  }
}

/** Measures the reads on `seedOrigin` and on a second Worker of `build` serving the synthetic country. */
export async function measureNational(build: DryRun, seedOrigin: string, workDir: string, options: NationalOptions): Promise<NationalResult> {
  const { dir, buildSeconds } = syntheticDatabase();
  const national = await startApiWorker(build, workDir, { persisted: dir });
  try {
    const origins: Record<Database, string> = { seed: seedOrigin, national: national.origin };
    await probe(origins);
    const candidates = NATIONAL_READ_IDS.flatMap((id): Candidate[] => [`seed:${id}`, `national:${id}`]);
    for (const candidate of candidates) {
      const [db, id] = candidate.split(':') as [Database, NationalReadId];
      await cannon(origins[db], NATIONAL_READS[id].path, 1, options.connections);
    }
    const runs = await runInterleaved(candidates, options, (candidate) => {
      const [db, id] = candidate.split(':') as [Database, NationalReadId];
      return cannon(origins[db], NATIONAL_READS[id].path, options.seconds, options.connections);
    });
    const rows = NATIONAL_READ_IDS.map((id): NationalRow => {
      const seed = runs.get(`seed:${id}`)!;
      const nat = runs.get(`national:${id}`)!;
      const seedRps = summarise(seed.map((r) => r.requestsPerSecond));
      const natRps = summarise(nat.map((r) => r.requestsPerSecond));
      return {
        read: id,
        describe: NATIONAL_READS[id].describe,
        seedRequestsPerSecond: seedRps,
        nationalRequestsPerSecond: natRps,
        seedP50Ms: summarise(seed.map((r) => r.p50Ms)),
        nationalP50Ms: summarise(nat.map((r) => r.p50Ms)),
        ratioToSeed: pairedRatios(
          nat.map((r) => r.requestsPerSecond),
          seed.map((r) => r.requestsPerSecond),
        ),
        ratioOfMedians: ratio(natRps.median, seedRps.median),
        unexpected: [...seed, ...nat].reduce((t, r) => t + r.unexpected, 0),
      };
    });
    return { seconds: options.seconds, connections: options.connections, rounds: runs.get(candidates[0]!)!.length, buildSeconds, rows };
  } finally {
    await national.stop();
  }
}

// Twenty rounds, each of the six candidates 2 s: about four minutes. Ten (as the other timings) left
// every interval straddling 0.9× on a shared machine, where the national and the seed reads differ by a
// few hundredths; twenty narrowed them in the runs of 2026-12-05 (NEXT_STEPS).
export const NATIONAL_LIMITS: NationalOptions = { seconds: 2, connections: 4, rounds: 20, minRounds: 3, budgetMs: 300_000 };

if (import.meta.main) {
  const work = join(OUT_DIR, 'national');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const build = dryRun(API_ROOT, join(work, 'api-worker'));
  let seed: ApiWorker | null = null;
  try {
    seed = await startApiWorker(build, join(work, 'seed'));
    const result = await measureNational(build, seed.origin, join(work, 'national'), NATIONAL_LIMITS);
    console.info(JSON.stringify(result, null, 2));
    for (const row of result.rows)
      console.info(
        `${row.read}: national ${row.ratioToSeed.median.toFixed(2)}× the seed (${row.nationalRequestsPerSecond.median.toFixed(0)} vs ${row.seedRequestsPerSecond.median.toFixed(0)} req/s)`,
      );
  } finally {
    await seed?.stop();
  }
}
