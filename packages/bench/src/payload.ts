// Benchmark 1: the JavaScript a page downloads to show one gauge, one map, or both, for our embed
// script as the Worker serves it and for each alternative; gzip -9 and brotli 11 of each response
// body, summed over the responses. The file set comes from the network, so the loader's behaviour
// (which chunks a page fetches: none for a page of gauges, which the loader holds) is what is measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SCENARIOS, type Scenario } from './build-candidates.ts';
import { CANDIDATES, CANDIDATES_PATH, type CandidateId } from './candidates.ts';
import { walkChunks } from './chunk-graph.ts';
import { compressedSize, type CompressedSize } from './compressed-size.ts';
import { cellFixtures } from './fixtures.ts';
import { benchPage, type PageContent } from './pages.ts';
import { pageScripts, untilDefined, untilRendered } from './page-scripts.ts';
import { EMBED_ENTRY, EMBED_PATH, embedDir } from './paths.ts';
import { startStaticServer } from './static-server.ts';

interface PayloadFile extends CompressedSize {
  readonly path: string;
  readonly transferred: number;
}

export interface PayloadFigure extends CompressedSize {
  readonly candidate: CandidateId;
  readonly scenario: Scenario;
  readonly files: readonly PayloadFile[];
  /** Bytes on the wire as the server sent them (wrangler dev does not compress). */
  readonly transferred: number;
}

/** The organisation and period of the seed that API-fed elements show. */
export const SEED_EMBED = { org: 'muong-khuong', period: '2024' } as const;

function apiContent(scenario: Scenario): PageContent {
  return {
    apiGauges: scenario === 'map' ? [] : [SEED_EMBED],
    apiMaps: scenario === 'gauge' ? [] : [{ org: SEED_EMBED.org }],
  };
}

function inlineContent(scenario: Scenario): PageContent {
  return {
    gauges: scenario === 'map' ? [] : [{ label: 'Mường Khương', value: 53, target: 20 }],
    maps: scenario === 'gauge' ? [] : [cellFixtures(25)],
  };
}

function figure(candidate: CandidateId, scenario: Scenario, downloads: ReadonlyArray<{ url: string; body: Buffer; transferred: number }>): PayloadFigure {
  const files = downloads.map((d) => ({ path: new URL(d.url).pathname, transferred: d.transferred, ...compressedSize(d.body) }));
  const sum = (key: 'raw' | 'gzip' | 'brotli' | 'transferred') => files.reduce((total, f) => total + f[key], 0);
  return { candidate, scenario, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), transferred: sum('transferred') };
}

/**
 * Our payload per scenario, with the page on another origin than the script (as in a newsroom's
 * article) and the elements fed by the API at `scriptOrigin`. `waitFor: 'rendered'` waits for the
 * figures (a live API); `'defined'` only for the elements' definitions (an API that never answers).
 */
export async function measureOurPayload(browser: Browser, scriptOrigin: string, scenario: Scenario, waitFor: 'rendered' | 'defined'): Promise<PayloadFigure> {
  const pages = await startStaticServer();
  try {
    const ours = CANDIDATES.ours;
    pages.page('/', benchPage(`${scriptOrigin}${ours.scriptPath(scenario)}`, ours, apiContent(scenario)));
    const tags = scenario === 'both' ? [ours.tags.gauge, ours.tags.map] : [scenario === 'gauge' ? ours.tags.gauge : ours.tags.map];
    const downloads = await pageScripts(browser, `${pages.origin}/`, {
      ready: (page) => (waitFor === 'rendered' ? untilRendered(page) : untilDefined(page, tags)),
    });
    return figure('ours', scenario, downloads);
  } finally {
    await pages.close();
  }
}

/**
 * Our payload without a Worker: the widgets' dist served as the Worker serves it (same paths), the
 * API held open so nothing renders but every script the elements import is fetched. What the budget
 * check measures.
 */
export async function measureOurPayloadOffline(browser: Browser, scenarios: readonly Scenario[] = SCENARIOS): Promise<PayloadFigure[]> {
  const server = await startStaticServer({ mounts: { [EMBED_PATH]: embedDir() }, hold: /^\/v1\// });
  try {
    const figures: PayloadFigure[] = [];
    for (const scenario of scenarios) figures.push(await measureOurPayload(browser, server.origin, scenario, 'defined'));
    return figures;
  } finally {
    await server.close();
  }
}

/** An alternative's payload: its built file, loaded by a page showing inline figures. */
export async function measureAlternativePayload(
  browser: Browser,
  candidateDir: string,
  candidate: Exclude<CandidateId, 'ours'>,
  scenario: Scenario,
): Promise<PayloadFigure> {
  const server = await startStaticServer({ mounts: { [CANDIDATES_PATH]: candidateDir } });
  try {
    const c = CANDIDATES[candidate];
    server.page('/', benchPage(c.scriptPath(scenario), c, inlineContent(scenario)));
    const downloads = await pageScripts(browser, `${server.origin}/`, { ready: (page) => untilRendered(page) });
    return figure(candidate, scenario, downloads);
  } finally {
    await server.close();
  }
}

export interface ChunkGraphFigures {
  /** chitieu.js and its static imports: what any page with the script tag downloads first. */
  readonly entry: CompressedSize & { readonly files: readonly string[] };
  /** Everything reachable through static and dynamic imports: the most a page can download. */
  readonly reachable: CompressedSize & { readonly files: readonly string[] };
  readonly missing: readonly string[];
}

/** The static view of the same build, from the files: a cross-check of what the browser fetched. */
export function ourChunkGraph(dist = embedDir()): ChunkGraphFigures {
  const read = (path: string) => {
    try {
      return readFileSync(join(dist, path), 'utf8');
    } catch {
      return null;
    }
  };
  const sizes = (files: readonly string[]) =>
    files
      .map((f) => compressedSize(readFileSync(join(dist, f))))
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const entry = walkChunks(EMBED_ENTRY, read);
  const all = walkChunks(EMBED_ENTRY, read, { followDynamic: () => true });
  return {
    entry: { files: entry.files, ...sizes(entry.files) },
    reachable: { files: all.files, ...sizes(all.files) },
    missing: all.missing.map((m) => `${m.from} → ${m.specifier}`),
  };
}
