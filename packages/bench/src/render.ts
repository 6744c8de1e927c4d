// Benchmark 2: time from navigation to 100 gauges rendered, and to 10 maps of 128 cells rendered, in
// Chromium, for each candidate with the same inline figures; plus the JS heap once rendered (after a
// forced garbage collection, so it is what the page keeps). Candidates run interleaved, each load in
// a fresh browser context (cold HTTP cache, no code cache).
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildCandidates } from './build-candidates.ts';
import { CANDIDATES, CANDIDATES_PATH, candidatesFor, type Candidate, type CandidateId } from './candidates.ts';
import { cellFixtures, gaugeFixtures } from './fixtures.ts';
import { runInterleaved } from './interleave.ts';
import { benchPage, type ElementKind, type PageContent } from './pages.ts';
import { untilRendered } from './page-scripts.ts';
import { EMBED_PATH, embedDir } from './paths.ts';
import { startStaticServer } from './static-server.ts';
import { pairedRatios, summarise } from './stats.ts';
import { ratioWithCi, spread } from './format.ts';

export const RENDER_SCENARIOS = {
  gauges: { kind: 'gauge' as ElementKind, count: 100, tiles: 0, describe: '100 gauges' },
  maps: { kind: 'map' as ElementKind, count: 10, tiles: 128, describe: '10 maps of 128 cells' },
} as const;
export type RenderScenario = keyof typeof RENDER_SCENARIOS;

export interface RenderRun {
  /** Milliseconds from navigation start to rendered (and a frame painted after). */
  readonly renderedMs: number;
  /** JSHeapUsedSize after a forced GC, bytes. */
  readonly heapBytes: number;
  /**
   * Chromium's main-thread totals until rendered (CDP Performance metrics), ms: every task (busy), and
   * style recalculation and layout within them. (Its ScriptDuration leaves out promise jobs, where
   * the elements (and Lit-based peers) run their updates, so script time is read as busy less style and layout.)
   */
  readonly busyMs: number;
  readonly styleMs: number;
  readonly layoutMs: number;
  /** When the last script response ended (ms since navigation): how long the code took to arrive. */
  readonly scriptsLoadedMs: number;
}

/** The inline figures of a scenario's page. */
export function renderContent(scenario: RenderScenario): PageContent {
  const s = RENDER_SCENARIOS[scenario];
  if (s.kind === 'gauge') return { gauges: gaugeFixtures(s.count) };
  const cells = cellFixtures(s.tiles);
  return { maps: Array.from({ length: s.count }, () => cells) };
}

/**
 * Loads `url`, a page of `scenario` holding the elements of `c`, in a fresh context and measures it
 * until rendered; `prepare` runs on the page before navigation (e.g. to emulate a phone).
 */
export async function renderAt(
  browser: Browser,
  url: string,
  c: Candidate,
  scenario: RenderScenario,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<RenderRun> {
  const s = RENDER_SCENARIOS[scenario];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await prepare?.(page);
    // Enabled before navigation: Chromium counts script, style and layout time only from here on.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const renderedMs = await untilRendered(page, 30_000);
    const check = c.rendered(s.kind, s.tiles);
    const tag = c.tags[s.kind];
    const incomplete = await page.evaluate(
      ({ tag, check }) =>
        [...document.querySelectorAll(tag)].filter((el) => ((check.shadow ? el.shadowRoot : el)?.querySelectorAll(check.selector).length ?? 0) < check.min)
          .length,
      { tag, check },
    );
    const count = await page.evaluate((tag) => document.querySelectorAll(tag).length, tag);
    if (incomplete > 0 || count !== s.count) throw new Error(`${url}: ${incomplete} of ${count} elements not rendered (${JSON.stringify(check)})`);
    const metric = async (names: readonly string[]) => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return names.map((name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN);
    };
    const [busy, style, layout] = await metric(['TaskDuration', 'RecalcStyleDuration', 'LayoutDuration']);
    const scriptsLoadedMs = await page.evaluate(() =>
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const [heapBytes] = await metric(['JSHeapUsedSize']);
    return { renderedMs, heapBytes: heapBytes!, busyMs: busy! * 1000, styleMs: style! * 1000, layoutMs: layout! * 1000, scriptsLoadedMs };
  } finally {
    await context.close();
  }
}

export interface RenderOptions {
  readonly rounds: number;
  readonly minRounds: number;
  readonly budgetMs: number;
}

/** Runs both scenarios for every candidate that draws them; returns the runs per scenario and candidate. */
export async function measureRender(
  browser: Browser,
  candidateDir: string,
  options: RenderOptions,
): Promise<Record<RenderScenario, Partial<Record<CandidateId, RenderRun[]>>>> {
  const server = await startStaticServer({ mounts: { [EMBED_PATH]: embedDir(), [CANDIDATES_PATH]: candidateDir } });
  try {
    const result = {} as Record<RenderScenario, Partial<Record<CandidateId, RenderRun[]>>>;
    for (const scenario of Object.keys(RENDER_SCENARIOS) as RenderScenario[]) {
      const bundle = RENDER_SCENARIOS[scenario].kind;
      const ids = candidatesFor(bundle);
      for (const id of ids) server.page(`/${id}/${scenario}`, benchPage(CANDIDATES[id].scriptPath(bundle), CANDIDATES[id], renderContent(scenario)));
      const once = (id: CandidateId) => renderAt(browser, `${server.origin}/${id}/${scenario}`, CANDIDATES[id], scenario);
      // One unmeasured load each, so the first measured candidate does not pay for a cold Chromium.
      for (const id of ids) await once(id);
      const runs = await runInterleaved(ids, options, once);
      result[scenario] = Object.fromEntries(runs) as Partial<Record<CandidateId, RenderRun[]>>;
    }
    return result;
  } finally {
    await server.close();
  }
}

// `node src/render.ts [rounds]`: builds the alternatives and runs this benchmark alone, on what is built
// (few rounds to check it works; `pnpm bench` runs it in full).
if (import.meta.main) {
  const rounds = Number(process.argv[2] ?? 12);
  const candidateDir = await buildCandidates();
  const browser = await launchBrowser();
  try {
    const result = await measureRender(browser, candidateDir, { rounds, minRounds: Math.min(5, rounds), budgetMs: 120_000 });
    for (const [scenario, byCandidate] of Object.entries(result)) {
      const floor = byCandidate.vanilla!.map((r) => r.renderedMs);
      console.info(`${RENDER_SCENARIOS[scenario as RenderScenario].describe}, ${floor.length} rounds:`);
      for (const [id, runs] of Object.entries(byCandidate)) {
        const times = runs!.map((r) => r.renderedMs);
        console.info(`  ${id.padEnd(12)} ${spread(summarise(times), 'ms')}; × floor ${ratioWithCi(pairedRatios(times, floor))}`);
      }
    }
  } finally {
    await browser.close();
  }
}
