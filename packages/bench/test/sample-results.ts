// A small, made-up run for the report and target tests: one figure per table, round numbers.
import type { CandidateId } from '../src/candidates.ts';
import type { Results } from '../src/results.ts';
import type { Summary } from '../src/stats.ts';

const s = (median: number): Summary => ({
  n: 10,
  median,
  ci: [median * 0.92, median * 1.15],
  min: median * 0.9,
  max: median * 1.2,
  q1: median * 0.95,
  q3: median * 1.1,
});
const size = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.9) });
const payload = (candidate: CandidateId, scenario: 'gauge' | 'map' | 'both', gzip: number) => ({
  candidate,
  scenario,
  ...size(gzip),
  transferred: gzip * 3,
  files: [{ path: `/widgets/v1/${candidate}-${scenario}.js`, ...size(gzip) }],
  loads: 2,
  stable: true,
});
const render = (scenario: 'gauges' | 'maps', candidate: CandidateId, ms: number) => ({
  scenario,
  candidate,
  renderedMs: s(ms),
  heapBytes: s(2_000_000),
  busyMs: s(ms * 0.8),
  styleAndLayoutMs: s(ms * 0.2),
  scriptsLoadedMs: s(100),
  timesVanilla: s(ms / 300),
  fasterThanEcharts: s(1200 / ms),
});
const api = (endpoint: 'health' | 'admissionsCached' | 'cellsCached' | 'cellsUncached' | 'admissions304', rps: number) => ({
  endpoint,
  describe: endpoint,
  requestsPerSecond: s(rps),
  p50Ms: s(10),
  p99Ms: s(40),
  ratioToHealth: s(rps / 200),
  ratioOfMedians: rps / 200,
  unexpected: 0,
  errors: 0,
});

export function sampleResults(): Omit<Results, 'targets' | 'budgets'> {
  return {
    date: '2026-11-27T00:00:00.000Z',
    durationSeconds: 300,
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGiB: 8,
      node: 'v24.0.0',
      os: 'linux',
      chromium: 'Chromium 156',
      wrangler: '4.164.0',
      loadAverage: { start: 1.5, end: 2.5 },
    },
    commands: ['pnpm bench'],
    payload: {
      servedFrom: 'apps/api/public/widgets/v1',
      rows: [
        payload('ours', 'gauge', 18_000),
        payload('vanilla', 'gauge', 900),
        payload('echarts', 'gauge', 116_000),
        payload('chartjs', 'gauge', 46_000),
        payload('webawesome', 'gauge', 11_800),
        payload('shoelace', 'gauge', 9_300),
        payload('justgage', 'gauge', 8_900),
        payload('ours', 'both', 15_000),
      ],
      chunkGraph: { entry: { files: ['chitieu.js'], ...size(600) }, reachable: { files: ['chitieu.js', 'chunks/a.js'], ...size(25_000) }, missing: [] },
      offlineAgrees: true,
      composition: [{ scenario: 'gauge', packages: [{ name: 'lit-html', gzip: 2500 }], modules: [{ name: 'lit-html', gzip: 2500 }] }],
    },
    render: {
      rows: [
        render('gauges', 'ours', 900),
        render('gauges', 'vanilla', 300),
        render('gauges', 'echarts', 1200),
        render('gauges', 'chartjs', 800),
        render('gauges', 'webawesome', 600),
        render('gauges', 'shoelace', 600),
        render('gauges', 'justgage', 450),
        render('maps', 'ours', 420),
        render('maps', 'vanilla', 300),
      ],
      renderedMeans: {
        ours: 'chitieu-load',
        vanilla: 'sync',
        echarts: 'finished',
        chartjs: 'afterRender',
        webawesome: 'updateComplete',
        shoelace: 'updateComplete',
        justgage: 'onAnimationEnd',
      },
      rounds: { gauges: 10, maps: 10 },
    },
    requests: {
      sameFigure: { gauges: 100, apiReads: [1, 1] },
      gaugeAndMap: {
        apiReads: [2, 2],
        requests: [{ method: 'GET', path: '/v1/x', type: 'fetch', status: 200, bytes: 700 }],
        sharedScripts: ['/widgets/v1/chitieu.js'],
        sharedScriptGzip: 600,
      },
    },
    layoutShift: {
      delayMs: 1500,
      demo: { available: false, reason: 'GET / answered 404' },
      snippet: [{ viewport: 'phone', delayMs: 1500, cls: 0.002, total: 0.002, shifts: 1, rendered: 2, elements: 2 }],
    },
    api: {
      seconds: 4,
      connections: 4,
      rounds: 10,
      probes: [{ id: 'health', status: 200, cacheStatus: null }],
      rows: [api('health', 200), api('admissionsCached', 190), api('cellsUncached', 80)],
    },
    worker: {
      api: {
        app: 'api',
        raw: 600_000,
        gzip: 140_000,
        reportedGzipKib: 136.7,
        modules: ['index.js'],
        packages: [{ name: 'zod', bytes: 300_000 }],
        startupActiveMs: s(20),
        startupNote: '(local)',
      },
      render: { available: false, reason: 'no config' },
    },
    ranking: { gzip: 9_000, files: ['/widgets/v1/chitieu.js'], render: { ours: s(300), vanilla: s(200), ratio: s(1.5), rounds: 10 } },
  };
}
