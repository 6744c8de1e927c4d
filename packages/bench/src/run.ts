// `pnpm bench`: every benchmark of issue 6 in one run, then BENCHMARKS.md and results/latest.json.
//
//   node src/run.ts    measure and write the report (budgets.json is only read; see update-budgets.ts)
//
// Bounded: each benchmark has a round count and a time budget; servers listen on 127.0.0.1 on random
// ports; everything temporary lives in .out/ (git-ignored) and every process started here is stopped.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureNational, NATIONAL_LIMITS } from './api-national.ts';
import { measureThroughput, ENDPOINT_IDS, ENDPOINTS } from './api-throughput.ts';
import { startApiWorker, type ApiWorker } from './api-worker.ts';
import { browserVersion, launchBrowser } from './browser.ts';
import { BUDGET_IDS, checkBudget, readBudgets, type BudgetFile, type BudgetId } from './budgets.ts';
import { BUDGET_TARGETS, BUDGET_WHAT, HEADROOM } from './update-budgets.ts';
import { attribute, embedComposition, moduleLabel } from './bundle-composition.ts';
import { buildCandidates, SCENARIOS, type Scenario } from './build-candidates.ts';
import { CANDIDATES, CANDIDATE_IDS, candidatesFor, type CandidateId } from './candidates.ts';
import { kB } from './format.ts';
import { demoArticle, measureLayoutShift, snippetArticle } from './layout-shift-bench.ts';
import { startStaticServer } from './static-server.ts';
import { loadNow, machine } from './machine.ts';
import { measureDeskPayload } from './desk-payload.ts';
import { describePhone, measurePhone } from './phone.ts';
import { measureRankingPayloadOffline, measureRankingRender } from './ranking-bench.ts';
import { measureAlternativePayload, measureOurPayload, measureOurPayloadOffline, ourChunkGraph, type PayloadFigure } from './payload.ts';
import { API_ROOT, BUDGETS_FILE, embedDir, OUT_DIR, RENDER_ROOT, REPO_ROOT, REPORT_FILE, RESULTS_FILE } from './paths.ts';
import { measureRender, RENDER_SCENARIOS, type RenderScenario } from './render.ts';
import { measureRequests } from './requests.ts';
import type { ApiRow, BudgetRow, PayloadRow, RenderRow, Results, Unavailable, WorkerRow } from './results.ts';
import { pairedRatios, ratio, summarise } from './stats.ts';
import { evaluateTargets } from './targets.ts';
import { writeReport } from './write-report.ts';
import { dryRun, wranglerConfig, type DryRun } from './worker-build.ts';
import { STARTUP_COMMAND, startupOnce, uploadBundle } from './worker-start.ts';

const LIMITS = {
  payloadRounds: 2,
  // At least 10 rounds where time allows (a 95 % CI of the median then excludes the two extremes);
  // never fewer than 5, and no new round once a section's budget is spent.
  render: { rounds: 12, minRounds: 5, budgetMs: 120_000 },
  ranking: { rounds: 12, minRounds: 5, budgetMs: 75_000 },
  startupRounds: 3,
  requestsRounds: 2,
  layoutShift: { rounds: 2, delayMs: 1500 },
  // Every phone round runs (no budget): at five, the interval of the median was the range and one slow load moved it.
  phoneRounds: 10,
  api: { seconds: 3, connections: 4, rounds: 10, minRounds: 5, budgetMs: 180_000 },
};

const started = performance.now();
const loadAtStart = loadNow();
const log = (message: string) => console.info(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const work = join(OUT_DIR, 'run');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

function wranglerVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(API_ROOT, 'node_modules', 'wrangler', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function sameFiles(a: PayloadFigure, b: PayloadFigure): boolean {
  const names = (f: PayloadFigure) =>
    f.files
      .map((file) => file.path)
      .sort()
      .join('\n');
  return names(a) === names(b);
}

function startup(appRoot: string, name: string): { bundle: string; workDir: string } | null {
  const workDir = join(work, `${name}-startup`);
  mkdirSync(workDir, { recursive: true });
  return { bundle: uploadBundle(appRoot, workDir), workDir };
}

function workerRow(app: string, build: DryRun, startupMs: number[], note: string): WorkerRow {
  return {
    app,
    raw: build.raw,
    gzip: build.gzip,
    reportedGzipKib: build.reported?.gzipKib ?? null,
    modules: build.modules,
    packages: build.packages,
    startupActiveMs: startupMs.length ? summarise(startupMs) : null,
    startupNote: note,
  };
}

let apiWorker: ApiWorker | null = null;
let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
try {
  log('building the alternatives with vite');
  const candidateDir = await buildCandidates();

  log('Worker sizes: wrangler deploy --dry-run');
  const apiBuild = dryRun(API_ROOT, join(work, 'api-worker'));
  let renderBuild: DryRun | Unavailable;
  if (!wranglerConfig(RENDER_ROOT)) renderBuild = { available: false, reason: 'apps/render has no wrangler config yet' };
  else {
    try {
      renderBuild = dryRun(RENDER_ROOT, join(work, 'render-worker'));
    } catch (error) {
      renderBuild = { available: false, reason: `its dry run failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }

  log('Worker start: wrangler check startup, interleaved');
  const startupTargets = [{ name: 'api', root: API_ROOT, ...startup(API_ROOT, 'api')! }];
  if (!('available' in renderBuild)) startupTargets.push({ name: 'render', root: RENDER_ROOT, ...startup(RENDER_ROOT, 'render')! });
  const startupMs = new Map<string, number[]>(startupTargets.map((t) => [t.name, []]));
  for (let round = 0; round < LIMITS.startupRounds; round++) {
    for (const t of startupTargets) startupMs.get(t.name)!.push(startupOnce(t.root, t.bundle, t.workDir, round).activeMs);
  }

  log('starting wrangler dev on the built API Worker, with its own seeded D1');
  apiWorker = await startApiWorker(apiBuild, join(work, 'dev'), { render: 'available' in renderBuild ? undefined : renderBuild });
  browser = await launchBrowser();
  const chromiumVersion = browserVersion(browser);

  log('payload: ours through the Worker, the alternatives from their files');
  const payloadRuns = new Map<string, PayloadFigure[]>();
  const key = (c: CandidateId, s: Scenario) => `${c}:${s}`;
  for (let round = 0; round < LIMITS.payloadRounds; round++) {
    for (const scenario of SCENARIOS) {
      for (const id of candidatesFor(scenario)) {
        const f =
          id === 'ours'
            ? await measureOurPayload(browser, apiWorker.origin, scenario, 'rendered')
            : await measureAlternativePayload(browser, candidateDir, id, scenario);
        payloadRuns.set(key(id, scenario), [...(payloadRuns.get(key(id, scenario)) ?? []), f]);
      }
    }
  }
  const offline = await measureOurPayloadOffline(browser);
  log('the ranking: its payload, and 40 rows against the vanilla floor, interleaved');
  const rankingPayload = await measureRankingPayloadOffline(browser);
  const rankingRender = await measureRankingRender(browser, LIMITS.ranking);
  log(`the ranking: ${rankingRender.rounds} rounds run`);
  const payloadRows: PayloadRow[] = [];
  for (const scenario of SCENARIOS) {
    for (const id of candidatesFor(scenario)) {
      const runs = payloadRuns.get(key(id, scenario))!;
      const first = runs[0]!;
      payloadRows.push({
        candidate: id,
        scenario,
        raw: first.raw,
        gzip: first.gzip,
        brotli: first.brotli,
        transferred: first.transferred,
        files: first.files.map(({ path, raw, gzip, brotli }) => ({ path, raw, gzip, brotli })),
        loads: runs.length,
        stable: runs.every((r) => sameFiles(r, first) && r.gzip === first.gzip),
      });
    }
  }
  const offlineAgrees = SCENARIOS.every((s) => sameFiles(offline.find((o) => o.scenario === s)!, payloadRuns.get(key('ours', s))![0]!));
  let composition: Results['payload']['composition'] = [];
  try {
    const analysed = await embedComposition();
    composition = SCENARIOS.map((scenario) => {
      const files = payloadRuns.get(key('ours', scenario))![0]!.files;
      return { scenario, packages: attribute(analysed, files), modules: attribute(analysed, files, moduleLabel) };
    });
  } catch (error) {
    log(`composition of our bundle not available: ${(error as Error).message.split('\n')[0]}`);
  }

  log('render: 100 gauges and 10 maps of 128 cells, candidates interleaved');
  const render = await measureRender(browser, candidateDir, LIMITS.render);
  const renderRounds = Object.fromEntries(Object.entries(render).map(([scenario, runs]) => [scenario, runs.vanilla!.length])) as Record<RenderScenario, number>;
  const renderRoundsRun = Object.entries(renderRounds)
    .map(([scenario, n]) => `${scenario} ${n}`)
    .join(', ');
  log(`render: rounds run ${renderRoundsRun}`);
  const renderRows: RenderRow[] = [];
  for (const scenario of Object.keys(RENDER_SCENARIOS) as RenderScenario[]) {
    const times = (id: CandidateId) => render[scenario][id]!.map((r) => r.renderedMs);
    for (const id of candidatesFor(RENDER_SCENARIOS[scenario].kind)) {
      const runs = render[scenario][id]!;
      renderRows.push({
        scenario,
        candidate: id,
        renderedMs: summarise(runs.map((r) => r.renderedMs)),
        heapBytes: summarise(runs.map((r) => r.heapBytes)),
        busyMs: summarise(runs.map((r) => r.busyMs)),
        styleAndLayoutMs: summarise(runs.map((r) => r.styleMs + r.layoutMs)),
        scriptsLoadedMs: summarise(runs.map((r) => r.scriptsLoadedMs)),
        timesVanilla: pairedRatios(times(id), times('vanilla')),
        fasterThanEcharts: pairedRatios(times('echarts'), times(id)),
      });
    }
  }

  log('requests: 100 gauges of one figure, and a gauge with a map');
  const requests = await measureRequests(browser, apiWorker.origin, LIMITS.requestsRounds);
  const gaugeFiles = new Set(payloadRuns.get(key('ours', 'gauge'))![0]!.files.map((f) => f.path));
  const mapFiles = payloadRuns.get(key('ours', 'map'))![0]!.files;
  const shared = mapFiles.filter((f) => gaugeFiles.has(f.path));

  log('layout shift of the demo article with a slow API');
  const article = await demoArticle(apiWorker.origin);
  const { rounds: clsRounds, delayMs } = LIMITS.layoutShift;
  const snippetPages = await startStaticServer();
  let snippet;
  try {
    snippetPages.page('/', await snippetArticle(apiWorker.origin));
    snippet = await measureLayoutShift(browser, `${snippetPages.origin}/`, clsRounds, delayMs);
  } finally {
    await snippetPages.close();
  }
  const layoutShift: Results['layoutShift'] = {
    delayMs,
    demo: article.available ? { available: true, runs: await measureLayoutShift(browser, `${apiWorker.origin}/`, clsRounds, delayMs) } : article,
    snippet,
  };

  let phone: Results['phone'];
  if (!('available' in renderBuild)) {
    log('phone profile: navigation to a visible gauge, image / script / iframe interleaved');
    phone = await measurePhone(browser, apiWorker.origin, LIMITS.phoneRounds);
    log(`\n${describePhone(phone)}`);
  }

  await browser.close();
  browser = null;

  log('API throughput with autocannon, endpoints interleaved');
  const throughput = await measureThroughput(apiWorker.origin, LIMITS.api);
  log(`API throughput: ${throughput.runs.health.length} rounds run`);
  const healthRuns = throughput.runs.health;
  const apiRows: ApiRow[] = ENDPOINT_IDS.map((id) => {
    const runs = throughput.runs[id];
    return {
      endpoint: id,
      describe: ENDPOINTS[id].describe,
      requestsPerSecond: summarise(runs.map((r) => r.requestsPerSecond)),
      p50Ms: summarise(runs.map((r) => r.p50Ms)),
      p99Ms: summarise(runs.map((r) => r.p99Ms)),
      ratioToHealth: pairedRatios(
        runs.map((r) => r.requestsPerSecond),
        healthRuns.map((r) => r.requestsPerSecond),
      ),
      ratioOfMedians: ratio(summarise(runs.map((r) => r.requestsPerSecond)).median, summarise(healthRuns.map((r) => r.requestsPerSecond)).median),
      unexpected: runs.reduce((t, r) => t + r.unexpected, 0),
      errors: runs.reduce((t, r) => t + r.errors, 0),
    };
  });
  log('API reads at national scale: the seed database against a synthetic country, interleaved');
  const national = await measureNational(apiBuild, apiWorker.origin, join(work, 'national'), NATIONAL_LIMITS);
  await apiWorker.stop();
  apiWorker = null;

  const startupNote = '(wrangler check startup, local workerd)';
  const worker: Results['worker'] = {
    api: workerRow('api', apiBuild, startupMs.get('api')!, startupNote),
    render: 'available' in renderBuild ? renderBuild : workerRow('render', renderBuild, startupMs.get('render') ?? [], startupNote),
  };

  const m = machine(loadAtStart);
  const figures: Omit<Results, 'targets' | 'budgets'> = {
    date: new Date().toISOString(),
    durationSeconds: (performance.now() - started) / 1000,
    machine: { ...m, chromium: chromiumVersion, wrangler: wranglerVersion() },
    commands: [
      'pnpm bench   (turbo run bench: builds every package first, then node src/run.ts in packages/bench)',
      'pnpm --filter @chitieu/bench test   (unit tests and the budget check)',
      'vite build (library mode, ES, es2022, minify, rolldownOptions.output.minify) of src/candidates/* into .out/candidates/',
      'wrangler deploy --dry-run --outdir <tmp> --metafile <tmp>   (in apps/api, and apps/render when it has a config)',
      `${STARTUP_COMMAND}, ${LIMITS.startupRounds}× per Worker, interleaved`,
      'wrangler d1 migrations apply chitieu --local --persist-to <tmp>; node apps/api/scripts/seed.mjs --print | wrangler d1 execute chitieu --local --persist-to <tmp> --file -',
      'wrangler dev -c <tmp>/wrangler.json --no-bundle --ip 127.0.0.1 --port <random> --persist-to <tmp>   (the dry run’s bundle, snapshots of public/ and migrations/)',
      `Chromium (playwright-core, @chitieu/toolchain/chromium flags): payload ${LIMITS.payloadRounds} loads per page; render up to ${LIMITS.render.rounds} rounds (at least ${LIMITS.render.minRounds}, ${LIMITS.render.budgetMs / 1000} s budget per scenario; run: ${renderRoundsRun}); the ranking up to ${LIMITS.ranking.rounds} rounds (at least ${LIMITS.ranking.minRounds}, ${LIMITS.ranking.budgetMs / 1000} s budget; run: ${rankingRender.rounds}); requests ${LIMITS.requestsRounds} loads; CLS ${LIMITS.layoutShift.rounds} loads per viewport; phone ${LIMITS.phoneRounds} rounds (CDP Network.emulateNetworkConditions 150 ms, 1.6 Mbit/s; Emulation.setCPUThrottlingRate 4)`,
      `node apps/api/scripts/synthetic-country.mjs --persist-to .out/synthetic-country (kept while its key holds); a second wrangler dev on a copy; autocannon({ connections: ${NATIONAL_LIMITS.connections}, duration: ${NATIONAL_LIMITS.seconds} }) per read and database, a new Host per request (an edge cache miss), ${NATIONAL_LIMITS.rounds} interleaved rounds`,
      `autocannon({ connections: ${LIMITS.api.connections}, duration: ${LIMITS.api.seconds} }) per endpoint, up to ${LIMITS.api.rounds} rounds (at least ${LIMITS.api.minRounds}, ${LIMITS.api.budgetMs / 1000} s budget; run: ${throughput.runs.health.length})`,
    ],
    payload: { servedFrom: relative(REPO_ROOT, embedDir()), rows: payloadRows, chunkGraph: ourChunkGraph(), offlineAgrees, composition },
    render: {
      rows: renderRows,
      renderedMeans: Object.fromEntries(CANDIDATE_IDS.map((id) => [id, CANDIDATES[id].renderedMeans])) as Record<CandidateId, string>,
      rounds: renderRounds,
    },
    requests: {
      sameFigure: { gauges: requests.sameFigure.gauges, apiReads: requests.sameFigure.runs.map((r) => r.apiReads) },
      gaugeAndMap: {
        apiReads: requests.gaugeAndMap.runs.map((r) => r.apiReads),
        requests: requests.gaugeAndMap.runs.at(-1)!.requests,
        sharedScripts: shared.map((f) => f.path),
        sharedScriptGzip: shared.reduce((t, f) => t + f.gzip, 0),
      },
    },
    layoutShift,
    api: { seconds: LIMITS.api.seconds, connections: LIMITS.api.connections, rounds: throughput.runs.health.length, probes: throughput.probes, rows: apiRows },
    worker,
    ranking: { gzip: rankingPayload.gzip, files: rankingPayload.files, render: rankingRender },
    ...(phone ? { phone } : {}),
    national,
  };

  // The deterministic figures against budgets.json, measured the way the budget check measures them.
  const measured: Partial<Record<BudgetId, number>> = {
    'payload.gauge.gzip': offline.find((o) => o.scenario === 'gauge')!.gzip,
    'payload.map.gzip': offline.find((o) => o.scenario === 'map')!.gzip,
    'payload.both.gzip': offline.find((o) => o.scenario === 'both')!.gzip,
    'payload.ranking.gzip': rankingPayload.gzip,
    'desk.first-load.gzip': measureDeskPayload().gzip,
    'worker.api.gzip': apiBuild.gzip,
    ...('available' in renderBuild ? {} : { 'worker.render.gzip': renderBuild.gzip }),
  };
  const budgetFile: BudgetFile = existsSync(BUDGETS_FILE) ? readBudgets() : { headroom: HEADROOM, budgets: {} };
  const budgetRows: BudgetRow[] = BUDGET_IDS.map((id) => {
    const budget = budgetFile.budgets[id]?.bytes ?? null;
    const value = measured[id] ?? null;
    return {
      id,
      what: BUDGET_WHAT[id],
      measured: value,
      budget,
      target: BUDGET_TARGETS[id] ?? null,
      ok: budget === null || value === null ? null : checkBudget(id, value, budget).ok,
    };
  });

  const results: Results = { ...figures, durationSeconds: (performance.now() - started) / 1000, targets: evaluateTargets(figures), budgets: budgetRows };
  writeReport(results);
  log(`wrote ${relative(REPO_ROOT, REPORT_FILE)} and ${relative(REPO_ROOT, RESULTS_FILE)}`);
  for (const t of results.targets)
    console.info(`  ${t.met === null ? 'n/a   ' : t.met ? 'met   ' : 'MISSED'} ${t.goal}: ${t.measured}${t.gap ? ` (${t.gap})` : ''}`);
  for (const b of budgetRows) if (b.ok === false) console.info(`  over budget: ${b.id} ${kB(b.measured!)} > ${kB(b.budget!)}`);
} finally {
  await browser?.close().catch(() => undefined);
  await apiWorker?.stop().catch(() => undefined);
}
