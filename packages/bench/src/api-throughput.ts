// Benchmark 5: requests per second and p50/p99 latency of the API under `wrangler dev`, with
// autocannon (a few connections, a few seconds per run), for /v1/health (the runtime's floor), cached
// embed reads, an embed read that misses the edge cache and reaches D1, and a conditional read
// answered 304. Endpoints run interleaved, round after round; each is compared with health in the
// same round.
//
//   node src/api-throughput.ts [rounds]   alone: builds the API Worker, starts it on a seeded D1, prints each endpoint's ratio to health
import autocannon from 'autocannon';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApiWorker } from './api-worker.ts';
import { runInterleaved } from './interleave.ts';
import { API_ROOT, OUT_DIR } from './paths.ts';
import { SEED_EMBED } from './payload.ts';
import { pairedRatios, summarise } from './stats.ts';
import { dryRun } from './worker-build.ts';

export const ENDPOINT_IDS = ['health', 'admissionsCached', 'cellsCached', 'cellsUncached', 'admissions304'] as const;
export type EndpointId = (typeof ENDPOINT_IDS)[number];

export interface Endpoint {
  readonly id: EndpointId;
  readonly describe: string;
  readonly path: string;
  readonly expectStatus: number;
  /** `true`: every request asks for a URL the edge cache has not seen. */
  readonly unique?: boolean;
  readonly conditional?: boolean;
}

const ADMISSIONS = `/v1/organizations/${SEED_EMBED.org}/admissions/${SEED_EMBED.period}`;
const CELLS = `/v1/organizations/${SEED_EMBED.org}/cells`;

export const ENDPOINTS: Readonly<Record<EndpointId, Endpoint>> = {
  health: { id: 'health', describe: 'GET /v1/health (no binding: the floor)', path: '/v1/health', expectStatus: 200 },
  admissionsCached: { id: 'admissionsCached', describe: `GET ${ADMISSIONS}, edge cache hit`, path: ADMISSIONS, expectStatus: 200 },
  cellsCached: { id: 'cellsCached', describe: `GET ${CELLS}, edge cache hit`, path: CELLS, expectStatus: 200 },
  cellsUncached: {
    id: 'cellsUncached',
    describe: `GET ${CELLS}?asOf=<a new day each request>, edge cache miss: reads D1, then keeps the answer in the instance's memory`,
    path: CELLS,
    expectStatus: 200,
    unique: true,
  },
  admissions304: {
    id: 'admissions304',
    describe: `GET ${ADMISSIONS} with If-None-Match: its ETag → 304 (cache hit, then the ETag digest)`,
    path: ADMISSIONS,
    expectStatus: 304,
    conditional: true,
  },
};

export interface ThroughputRun {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly expected: number;
  readonly unexpected: number;
  readonly errors: number;
}

/** Days after the seed's census, one per request across the whole benchmark, so no URL repeats. */
function uniqueDays(): () => string {
  let day = 0;
  const start = Date.UTC(2025, 0, 1);
  return () => new Date(start + day++ * 86_400_000).toISOString().slice(0, 10);
}

export interface Probe {
  readonly id: EndpointId;
  readonly status: number;
  readonly cacheStatus: string | null;
}

/** Warms the cache and checks each endpoint answers as expected (a miss really misses, a hit hits). */
async function probe(origin: string, etag: string): Promise<Probe[]> {
  const day = uniqueDays();
  const probes: Probe[] = [];
  for (const e of Object.values(ENDPOINTS)) {
    const url = `${origin}${e.path}${e.unique ? `?asOf=${day()}` : ''}`;
    const headers = e.conditional ? { 'if-none-match': etag } : undefined;
    await fetch(url, { headers }).then((r) => r.arrayBuffer());
    const second = await fetch(e.unique ? `${origin}${e.path}?asOf=${day()}` : url, { headers });
    await second.arrayBuffer();
    probes.push({ id: e.id, status: second.status, cacheStatus: second.headers.get('cf-cache-status') });
  }
  return probes;
}

/**
 * `seconds` of autocannon GETs of `request` on `origin` over `connections`: the answers with
 * `expectStatus` per second and their latency, the other answers and the errors and timeouts counted.
 */
export async function fireGets(
  origin: string,
  request: Omit<autocannon.Request, 'method'>,
  expectStatus: number,
  seconds: number,
  connections: number,
): Promise<ThroughputRun> {
  const result = await autocannon({ url: origin, connections, duration: seconds, timeout: 10, requests: [{ ...request, method: 'GET' }] });
  const byStatus = result.statusCodeStats as unknown as Record<string, { count: number | string }>;
  const count = (status: string) => Number(byStatus[status]?.count ?? 0);
  const expected = count(String(expectStatus));
  const all = Object.keys(byStatus).reduce((total, status) => total + count(status), 0);
  return {
    requestsPerSecond: expected / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    expected,
    unexpected: all - expected,
    errors: result.errors + result.timeouts,
  };
}

function cannon(origin: string, e: Endpoint, etag: string, seconds: number, connections: number, nextDay: () => string): Promise<ThroughputRun> {
  const request = {
    path: e.path,
    headers: e.conditional ? { 'if-none-match': etag } : {},
    ...(e.unique ? { setupRequest: (request: autocannon.Request) => ({ ...request, path: `${e.path}?asOf=${nextDay()}` }) } : {}),
  };
  return fireGets(origin, request, e.expectStatus, seconds, connections);
}

export interface ThroughputOptions {
  readonly seconds: number;
  readonly connections: number;
  readonly rounds: number;
  readonly minRounds: number;
  readonly budgetMs: number;
}

export interface ThroughputResult {
  readonly probes: readonly Probe[];
  readonly runs: Record<EndpointId, ThroughputRun[]>;
}

/** One unmeasured second per endpoint, then interleaved measured runs. */
export async function measureThroughput(origin: string, options: ThroughputOptions): Promise<ThroughputResult> {
  const etag = (await fetch(`${origin}${ADMISSIONS}`)).headers.get('etag');
  if (!etag) throw new Error(`${ADMISSIONS} answered without an ETag`);
  const probes = await probe(origin, etag);
  const nextDay = uniqueDays();
  for (let i = 0; i < 3 * 365; i++) nextDay(); // past the days the probe used
  for (const e of Object.values(ENDPOINTS)) await cannon(origin, e, etag, 1, options.connections, nextDay);
  const runs = await runInterleaved(ENDPOINT_IDS, options, (id) => cannon(origin, ENDPOINTS[id], etag, options.seconds, options.connections, nextDay));
  return { probes, runs: Object.fromEntries(runs) as Record<EndpointId, ThroughputRun[]> };
}

if (import.meta.main) {
  const rounds = Number(process.argv[2] ?? 5);
  const work = join(OUT_DIR, 'throughput');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const worker = await startApiWorker(dryRun(API_ROOT, join(work, 'api-worker')), join(work, 'dev'));
  try {
    const { runs } = await measureThroughput(worker.origin, { seconds: 3, connections: 4, rounds, minRounds: Math.min(rounds, 5), budgetMs: 180_000 });
    const health = runs.health.map((r) => r.requestsPerSecond);
    for (const id of ENDPOINT_IDS) {
      const rps = summarise(runs[id].map((r) => r.requestsPerSecond));
      const toHealth = pairedRatios(
        runs[id].map((r) => r.requestsPerSecond),
        health,
      );
      const p50 = summarise(runs[id].map((r) => r.p50Ms));
      console.info(`${id}: ${toHealth.median.toFixed(2)}× health (${rps.median.toFixed(0)} req/s, p50 ${p50.median} ms)`);
    }
  } finally {
    await worker.stop();
  }
}
