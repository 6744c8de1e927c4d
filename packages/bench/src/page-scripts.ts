// What JavaScript a page really downloads: every script response Chromium receives while the page
// loads and its elements start, until no new script has arrived for a quiet period. Follows whatever
// the loader does (static imports, dynamic imports, preloads) because it watches the network.
import type { Browser, Page } from 'playwright-core';

export interface ScriptDownload {
  readonly url: string;
  readonly status: number;
  /** The decoded body, as the browser executed it. */
  readonly body: Buffer;
  /** Bytes on the wire (encoded body), as the server sent it. */
  readonly transferred: number;
}

export interface PageScriptsOptions {
  /** Resolves once the page has what it needs (elements defined, or figures shown). */
  readonly ready: (page: Page) => Promise<unknown>;
  /** No new script for this long ends the wait. */
  readonly quietMs?: number;
  /** Upper bound of the whole load. */
  readonly timeoutMs?: number;
  /** Set up routes (e.g. slowing the API) before navigation. */
  readonly prepare?: (page: Page) => Promise<unknown>;
}

/** Loads `url` in a fresh context (empty cache) and returns the scripts it downloaded, in arrival order. */
export async function pageScripts(browser: Browser, url: string, options: PageScriptsOptions): Promise<ScriptDownload[]> {
  const quietMs = options.quietMs ?? 300;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await options.prepare?.(page);
    const pending: Array<Promise<ScriptDownload | null>> = [];
    let lastArrival = Date.now();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      lastArrival = Date.now();
      pending.push(
        (async () => {
          try {
            const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
            return { url: response.url(), status: response.status(), body, transferred: sizes.responseBodySize };
          } catch {
            return null; // the page went away first; not a download the page could use
          }
        })(),
      );
    });
    const deadline = Date.now() + timeoutMs;
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await options.ready(page);
    while (Date.now() - lastArrival < quietMs) {
      if (Date.now() > deadline) throw new Error(`${url}: scripts still arriving after ${timeoutMs} ms`);
      await page.waitForTimeout(100);
    }
    const downloads = (await Promise.all(pending)).filter((d): d is ScriptDownload => d !== null);
    const failed = downloads.filter((d) => d.status >= 400);
    if (failed.length > 0) throw new Error(`${url}: script downloads failed: ${failed.map((d) => `${d.url} ${d.status}`).join(', ')}`);
    return downloads;
  } finally {
    await context.close();
  }
}

/** Waits until the page's detector says every element has drawn its figure (see pages.ts). */
export async function untilRendered(page: Page, timeoutMs = 20_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__rendered ?? (window.__failed ? -1 : undefined), undefined, { timeout: timeoutMs, polling: 50 });
  const at = (await handle.jsonValue()) as number;
  if (at < 0) throw new Error(`an element showed its error state: ${JSON.stringify(await page.evaluate(() => window.__failed))}`);
  return at;
}

/** Waits until every tag is a defined custom element. */
export async function untilDefined(page: Page, tags: readonly string[], timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction((names) => names.every((n) => customElements.get(n) !== undefined), tags, { timeout: timeoutMs, polling: 50 });
}
