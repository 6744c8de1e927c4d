// The machine's Chromium for one test file, a newsroom's site on another origin, and a few page
// helpers the tests share.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, vi } from 'vitest';
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
export async function untilRendered(page: Page | Frame, count: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const elements = [...document.querySelectorAll('party-target-gauge, party-cell-map, party-target-ranking')];
      return elements.length === expected && elements.every((element) => element.shadowRoot?.querySelector('figure'));
    },
    count,
    { timeout },
  );
}

/**
 * Retries `check` until it passes, for as long as a loaded CI machine may need (far above the
 * milliseconds it takes): for conditions that settle, where a fixed pause would be a guess.
 */
export function eventually<T>(check: () => Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 30_000, interval: 100 });
}

/** The frame of the iframe `selector` once its element has drawn. */
export async function drawnFrame(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await untilRendered(frame, 1);
  return frame;
}

/** The height of a frame's content, read inside it (same test machine, same fonts). */
export function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** The height the parent page gives the iframe `selector`. */
function frameHeight(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (frame) => Math.round(frame.getBoundingClientRect().height));
}

/**
 * Waits until the parent's iframe `selector` is as tall as `content`'s content (both read on each try,
 * so the content may still be settling, a map laying itself out at its measured width), and answers
 * that height.
 */
export function untilFitted(page: Page, selector: string, content: Frame): Promise<number> {
  return eventually(async () => {
    const height = await contentHeight(content);
    expect(await frameHeight(page, selector)).toBe(height);
    return height;
  });
}
