// Benchmark 3: the requests our elements make to the API origin, from a newsroom page on another
// origin. 100 gauges of one organisation and period must cost one API request; a gauge and a map of
// the same organisation are listed request by request, to show what they share.
import type { Browser } from 'playwright-core';
import { CANDIDATES } from './candidates.ts';
import { benchPage, type PageContent } from './pages.ts';
import { untilRendered } from './page-scripts.ts';
import { SEED_EMBED } from './payload.ts';
import { startStaticServer } from './static-server.ts';

export interface ApiOriginRequest {
  readonly method: string;
  readonly path: string;
  readonly type: string;
  readonly status: number | null;
  readonly bytes: number;
}

interface RequestsRun {
  /** Requests to `/v1/…` on the API origin (data reads, preflights included). */
  readonly apiReads: number;
  readonly requests: readonly ApiOriginRequest[];
}

async function requestsOf(browser: Browser, apiOrigin: string, content: PageContent): Promise<RequestsRun> {
  const pages = await startStaticServer();
  const context = await browser.newContext();
  try {
    const ours = CANDIDATES.ours;
    const scenario = content.apiMaps?.length ? (content.apiGauges?.length ? 'both' : 'map') : 'gauge';
    pages.page('/', benchPage(`${apiOrigin}${ours.scriptPath(scenario)}`, ours, content));
    const page = await context.newPage();
    const seen: Array<Promise<ApiOriginRequest>> = [];
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(apiOrigin)) return;
      seen.push(
        (async () => {
          const [response, sizes] = await Promise.all([request.response(), request.sizes()]);
          return {
            method: request.method(),
            path: new URL(request.url()).pathname + new URL(request.url()).search,
            type: request.resourceType(),
            status: response?.status() ?? null,
            bytes: sizes.responseBodySize,
          };
        })(),
      );
    });
    await page.goto(`${pages.origin}/`, { waitUntil: 'load' });
    await untilRendered(page, 30_000);
    await page.waitForTimeout(300);
    const requests = await Promise.all(seen);
    return { apiReads: requests.filter((r) => r.path.startsWith('/v1/')).length, requests };
  } finally {
    await context.close();
    await pages.close();
  }
}

export interface RequestsResult {
  readonly sameFigure: { readonly gauges: number; readonly runs: readonly RequestsRun[] };
  readonly gaugeAndMap: { readonly runs: readonly RequestsRun[] };
}

/** Each page `rounds` times, alternating between the two pages. */
export async function measureRequests(browser: Browser, apiOrigin: string, rounds: number): Promise<RequestsResult> {
  const gauges = 100;
  const sameFigure: RequestsRun[] = [];
  const gaugeAndMap: RequestsRun[] = [];
  for (let round = 0; round < rounds; round++) {
    sameFigure.push(await requestsOf(browser, apiOrigin, { apiGauges: Array.from({ length: gauges }, () => SEED_EMBED) }));
    gaugeAndMap.push(await requestsOf(browser, apiOrigin, { apiGauges: [SEED_EMBED], apiMaps: [{ org: SEED_EMBED.org }] }));
  }
  return { sameFigure: { gauges, runs: sameFigure }, gaugeAndMap: { runs: gaugeAndMap } };
}
