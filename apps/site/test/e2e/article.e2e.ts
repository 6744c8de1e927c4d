// The demo article at /: what `npm start` opens first. Both elements render the seed figures live
// from the API, nothing on the page moves while they load, and the page downloads only the code it
// needs: the loader, which holds the gauge, and the chunk of each other element it holds.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { untilRendered, useBrowser } from './browser.ts';

const session = useBrowser();

/** Sums the layout shifts the page reports from its first paint (buffered), as CLS counts them. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; give any late one a frame or two.
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/**
 * Delays the API's reads and the elements' code (the loader, which holds the gauge, and the map's
 * chunk), so the page is painted with neither, as on a slow phone.
 */
async function slowDown(page: Page, baseUrl: string): Promise<void> {
  await page.route(new RegExp(`^${baseUrl}/(v1/|widgets/v1/)`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
}

/** gzip -9 bytes of each JavaScript file the page downloaded, by path. */
function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
  });
  return sizes;
}

const chunk = (path: string) => /\/chunks\/([a-z-]+)-[\w-]+\.js$/.exec(path)?.[1] ?? path;

describe('the demo article', () => {
  it('shows both elements with the seed figures, fed live from the API', async () => {
    const page = await session.page();
    await page.goto(`${session.baseUrl}/`);
    await untilRendered(page, 2);
    const gauge = page.locator('party-target-gauge');
    await expect.poll(() => gauge.locator('[part="value"]').textContent()).toBe('53');
    expect(await gauge.locator('.target-line').textContent()).toContain('Chỉ tiêu: 20');
    expect(await gauge.locator('[part="delta"]').textContent()).toContain('vượt 33');
    const map = page.locator('party-cell-map');
    expect(await map.locator('[part~="tile"]').count()).toBe(25);
    const legend = await map.locator('[part="legend"] li').allTextContents();
    expect(legend.map((item) => item.replace(/\s+/g, ' ').trim())).toEqual([
      'Có chi ủy từ đầu nhiệm kỳ: 10',
      'Thành lập trong nhiệm kỳ: 5',
      'Chưa có chi ủy: 2',
      'Không đủ điều kiện lập chi ủy: 0',
      'Không rõ: 8',
    ]);
    // Where the text talks about them: the gauge after the 53 admissions, the map after the cell committees.
    expect(await page.locator('party-target-gauge').evaluate((element) => element.previousElementSibling?.textContent)).toContain('Con số 53');
    expect(await page.locator('party-cell-map').evaluate((element) => element.previousElementSibling?.textContent)).toContain('bầu được chi ủy');
    // Our own text, labelled as such, crediting the paper for the figures only.
    const note = await page.locator('.demo-note').textContent();
    expect(note).toContain('Bài viết minh họa');
    expect(note).toContain('Demo article');
    expect(await page.locator('.byline').textContent()).toMatch(/Số liệu: Báo Lào Cai/);
  });

  for (const [device, width, height] of [
    ['a desktop', 1280, 900],
    ['a phone', 360, 740],
  ] as const) {
    it(`does not move while the figures load, on ${device} (CLS 0)`, async () => {
      const page = await session.page({ width, height });
      await slowDown(page, session.baseUrl);
      await page.goto(`${session.baseUrl}/`);
      await untilRendered(page, 2);
      // The map lays itself out again once it has measured its width.
      await page.waitForTimeout(300);
      const cls = await layoutShift(page);
      console.info(`CLS of the demo article on ${device} (${width} px): ${cls}`);
      expect(cls).toBe(0);
    });
  }

  it('downloads the loader (with what the elements share, and the gauge) and the map’s own chunk, once', async () => {
    const page = await session.page();
    const sizes = recordScripts(page);
    await page.goto(`${session.baseUrl}/`);
    await untilRendered(page, 2);
    // Each body is read (and compressed) after its response has arrived.
    await expect.poll(() => [...sizes.keys()].map(chunk).sort()).toEqual(['/widgets/v1/chitieu.js', 'party-cell-map']);
    const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    console.info(`JavaScript for a gauge and a map: ${total} bytes gzip (${[...sizes].map(([path, bytes]) => `${chunk(path)} ${bytes}`).join(', ')})`);
  });
});

describe('a newsroom page with one element', () => {
  // The gauge is the loader's own code; the map has a chunk of its own.
  for (const [tag, attributes, own] of [
    ['party-target-gauge', 'org="muong-khuong" period="2024"', []],
    ['party-cell-map', 'org="muong-khuong"', ['party-cell-map']],
  ] as const) {
    it(`downloads only what <${tag}> needs`, async () => {
      const page = await session.page();
      const sizes = recordScripts(page);
      const url = session.publish(
        `/one-${tag}`,
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="${session.baseUrl}/widgets/v1/chitieu.js"></script></head>
        <body><${tag} ${attributes}></${tag}></body></html>`,
      );
      await page.goto(url);
      await untilRendered(page, 1);
      await expect.poll(() => [...sizes.keys()].map(chunk).sort()).toEqual(['/widgets/v1/chitieu.js', ...own]);
      const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
      console.info(`JavaScript for one <${tag}>: ${total} bytes gzip (${[...sizes].map(([path, bytes]) => `${chunk(path)} ${bytes}`).join(', ')})`);
    });
  }

  it('works when the CMS adds a query to the script’s URL (`?ver=6.4`): the loader by its plain URL does the work', async () => {
    const page = await session.page();
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(`${url.pathname}${url.search}`);
    });
    const url = session.publish(
      '/one-gauge-versioned',
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="${session.baseUrl}/widgets/v1/chitieu.js?ver=6.4"></script></head>
      <body><party-target-gauge org="muong-khuong" period="2024"></party-target-gauge></body></html>`,
    );
    await page.goto(url);
    await untilRendered(page, 1);
    expect(await page.locator('party-target-gauge [part="value"]').textContent()).toBe('53');
    // The plain loader, which defines the gauge: no chunk, and no third copy of the loader.
    expect(scripts.map(chunk)).toEqual(['/widgets/v1/chitieu.js?ver=6.4', '/widgets/v1/chitieu.js']);
    expect(errors).toEqual([]);
  });
});
