// The machine's Chromium for one test file, a newsroom's site on another origin, and a few page
// helpers the tests share.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumLaunchOptions } from '@chitieu/toolchain/chromium';

export interface Session {
  readonly baseUrl: string;
  browser: Browser;
  /** The newsroom's origin: another port of 127.0.0.1, so another site, as local as the Worker. */
  newsroom: string;
  /** Serves `html` at `path` of the newsroom's site, for this file's tests. */
  publish(path: string, html: string): string;
  /** A fresh context (cookies, cache, routes) and page; closed with the browser. */
  page(options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
}

/** Launches Chromium before the file's tests and closes it after them. */
export function useBrowser(): Session {
  const contexts: BrowserContext[] = [];
  const published = new Map<string, string>();
  let server: Server | undefined;
  const session: Session = {
    baseUrl: inject('baseUrl'),
    browser: undefined as unknown as Browser,
    newsroom: '',
    publish(path, html) {
      published.set(path, html);
      return `${session.newsroom}${path}`;
    },
    async page({ width = 1280, height = 900, colorScheme = 'light' } = {}) {
      const context = await session.browser.newContext({ viewport: { width, height }, colorScheme });
      contexts.push(context);
      return context.newPage();
    },
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      const html = published.get(new URL(request.url ?? '/', 'http://x').pathname);
      response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html ?? 'not found');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    session.newsroom = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session.browser = await chromium.launch(chromiumLaunchOptions() as Parameters<typeof chromium.launch>[0]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await session.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return session;
}

/** Resolves once every Chỉ Tiêu element on the page (or in the frame) shows its figures (its shadow root holds a figure). */
export async function untilRendered(page: Page | Frame, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const elements = [...document.querySelectorAll('party-target-gauge, party-cell-map')];
      return elements.length === expected && elements.every((element) => element.shadowRoot?.querySelector('figure'));
    },
    count,
    { timeout },
  );
}
