// The iframe embed page (/embed/{element}): a fallback without JavaScript, links into the reader's
// own window, and a height reported to the parent in three protocols, each of which a parent page
// uses to size the iframe. Parents are pages of another origin (the newsroom's).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentHeight, drawnFrame, eventually, untilFitted, untilRendered, useBrowser } from './browser.ts';

const session = useBrowser();
const GAUGE = '/embed/party-target-gauge?org=muong-khuong&period=2024';
const MAP = '/embed/party-cell-map?org=muong-khuong';
const RANKING = '/embed/party-target-ranking?org=huyen-muong-khuong&period=2024';

/**
 * Holds back the element's code (the loader, which holds the gauge, and the map's and the ranking's
 * chunks) and its figures' reads until the returned function is called.
 */
async function holdCodeAndFigures(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`^${session.baseUrl}/(v1/|widgets/v1/)`), async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  return release;
}

describe('the iframe embed page', () => {
  it('reports the height of its content to the parent, in all three protocols', async () => {
    const page = await session.page();
    const url = session.publish(
      '/listen',
      `<!doctype html><meta charset="utf-8"><body><iframe id="embed" src="${session.baseUrl}${MAP}#?secret=Ab12Cd" width="480" height="150"></iframe></body>`,
    );
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(url);
    const frame = await drawnFrame(page, '#embed');
    // Once the content has settled, the last height it reported is its height.
    const height = await eventually(async () => {
      const height = await contentHeight(frame);
      expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual(
        expect.arrayContaining([
          { type: 'chitieu:height', height },
          { message: 'height', value: height, secret: 'Ab12Cd' },
          { sentinel: 'amp', type: 'embed-size', height },
        ]),
      );
      return height;
    });
    expect(height).toBeGreaterThan(300);
  });

  it('fits an iframe on a page that loads our resize script', async () => {
    const page = await session.page();
    const url = session.publish(
      '/ours',
      `<!doctype html><meta charset="utf-8"><body>
      <iframe id="embed" src="${session.baseUrl}${GAUGE}" title="Chỉ tiêu" width="400" height="150" style="border:0"></iframe>
      <script async src="${session.baseUrl}/site/v1/resize.js"></script></body>`,
    );
    await page.goto(url);
    await untilFitted(page, '#embed', await drawnFrame(page, '#embed'));
  });

  it('fits a sandboxed WordPress embed through wp-embed’s secret and height message', async () => {
    const page = await session.page();
    // What WordPress's wp-embed.js does with a message (wp-includes/js/wp-embed.js): find the iframe
    // by data-secret, check the message comes from it, clamp the height to 200–1000 px.
    const url = session.publish(
      '/wordpress',
      `<!doctype html><meta charset="utf-8"><body>
      <iframe id="embed" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="Wp42secret"
        src="${session.baseUrl}${MAP}#?secret=Wp42secret" width="600" height="200" frameborder="0"></iframe>
      <script>
      window.addEventListener('message', function (e) {
        var data = e.data;
        if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
        var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
        for (var i = 0; i < frames.length; i++) {
          if (e.source !== frames[i].contentWindow || data.message !== 'height') continue;
          var height = parseInt(data.value, 10);
          frames[i].height = Math.min(1000, Math.max(200, height));
        }
      });
      </script></body>`,
    );
    await page.goto(url);
    // Sandboxed without allow-same-origin, the frame cannot be read from here: compare with the same page unsandboxed.
    const reference = session.publish(
      '/reference',
      `<!doctype html><body><iframe id="embed" src="${session.baseUrl}${MAP}" width="600" height="200" frameborder="0"></iframe></body>`,
    );
    const other = await session.page();
    await other.goto(reference);
    await untilFitted(page, '#embed', await drawnFrame(other, '#embed'));
  });

  it('fits an AMP page’s amp-iframe through embed-size', async () => {
    const page = await session.page();
    // What amp-iframe (resizable) does with the message: take the height the embed asks for.
    const url = session.publish(
      '/amp',
      `<!doctype html><meta charset="utf-8"><body>
      <iframe id="embed" sandbox="allow-scripts allow-same-origin" src="${session.baseUrl}${GAUGE}" width="400" height="100" frameborder="0"></iframe>
      <script>
      window.addEventListener('message', function (e) {
        var frame = document.getElementById('embed');
        if (e.source !== frame.contentWindow || !e.data || e.data.sentinel !== 'amp' || e.data.type !== 'embed-size') return;
        frame.height = e.data.height;
      });
      </script></body>`,
    );
    await page.goto(url);
    await untilFitted(page, '#embed', await drawnFrame(page, '#embed'));
  });

  it('arrives with the figure drawn, before any script, and the element takes its place without a shift (CLS 0)', async () => {
    // As wide as the oEmbed answer's iframe.
    const page = await session.page({ width: 400, height: 740 });
    // The element's code and figures held back: what shows meanwhile is the figure the page arrived with.
    const release = await holdCodeAndFigures(page);
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${session.baseUrl}${GAUGE}`);
    const visible = (selector: string) =>
      page.$eval(selector, (node) => getComputedStyle(node).visibility === 'visible' && node.getBoundingClientRect().height > 0);
    await eventually(async () => expect(await visible('.drawn > .figure > svg[role="img"]')).toBe(true));
    expect(await visible('party-target-gauge')).toBe(false);
    release();
    await untilRendered(page, 1);
    await eventually(async () => expect(await visible('.drawn > .figure > svg')).toBe(false));
    expect(await visible('party-target-gauge')).toBe(true);
    // The figure and the element share one place: neither pushes the other when they swap.
    const [figure, element] = await Promise.all(['.drawn > .figure', 'party-target-gauge'].map((s) => page.$eval(s, (n) => n.getBoundingClientRect().top)));
    expect(figure).toBe(element);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  // The oEmbed answer's widths (400 px for the gauge, 640 px for the others) and the builder's phone column.
  // The gauge's and the map's heights follow from their figures exactly: one height throughout. The
  // ranking's text (its names and sources, which other test files add to while this one runs) is an
  // estimate in the embed contract: it keeps the drawn height, and may grow once, never shrink, when
  // its own text is taller than the estimate.
  for (const [name, path, exact] of [
    ['gauge', GAUGE, true],
    ['map', MAP, true],
    ['ranking', RANKING, false],
  ] as const) {
    for (const width of [320, 400, 640]) {
      it(`reports ${exact ? 'one height' : 'the drawn height, then at most one taller'} for the ${name} at ${width} px, from the drawn figure to the element with its figures`, async () => {
        const page = await session.page();
        // The element's code and figures held back until the page has reported the drawn figure's height.
        const release = await holdCodeAndFigures(page);
        await page.addInitScript(() => {
          const heights: number[] = [];
          (window as unknown as { heights: number[] }).heights = heights;
          window.addEventListener('message', (event) => {
            if (event.data?.type === 'chitieu:height') heights.push(event.data.height);
          });
        });
        const url = session.publish(
          `/one-height-${name}-${width}`,
          `<!doctype html><meta charset="utf-8"><body><iframe id="embed" src="${session.baseUrl}${path}" width="${width}" height="150" frameborder="0"></iframe></body>`,
        );
        await page.goto(url);
        const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
        await eventually(async () => expect((await heights()).length).toBeGreaterThan(0));
        release();
        const frame = await drawnFrame(page, '#embed');
        // Settled: the last height reported is the content's height.
        await eventually(async () => expect((await heights()).at(-1)).toBe(await contentHeight(frame)));
        const reported = [...new Set(await heights())];
        expect(reported.length).toBeLessThanOrEqual(exact ? 1 : 2);
        expect(reported.at(-1)).toBeGreaterThanOrEqual(reported[0]!);
      });
    }
  }

  it('shows a reader without JavaScript the drawn figure, with the summary and the static image in the page', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${session.baseUrl}${GAUGE}`);
      expect(await page.locator('.summary').textContent()).toBe(
        'Đảng bộ thị trấn Mường Khương (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).',
      );
      expect(await page.locator('.drawn > .figure > svg[role="img"]').isVisible()).toBe(true);
      const image = page.locator('noscript img, img.fallback-image');
      expect(await image.getAttribute('src')).toBe('/embed/party-target-gauge.svg?org=muong-khuong&period=2024&width=360');
    } finally {
      await context.close();
    }
  });

  it('opens links in the reader’s own window through <base target="_top">, with no Content Security Policy violation', async () => {
    const page = await session.page();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const url = session.publish('/links', `<!doctype html><body><iframe id="embed" src="${session.baseUrl}${GAUGE}" width="400" height="420"></iframe></body>`);
    await page.goto(url);
    const frame = (await (await page.waitForSelector('#embed')).contentFrame())!;
    await untilRendered(frame as unknown as Page, 1);
    expect(await frame.evaluate(() => document.querySelector('base')?.target)).toBe('_top');
    // The seed's source has no link (its url stays null), so the footer shows none to click: said
    // outright rather than skipped under an if. Every link the frame shows opens through <base>.
    expect(await frame.locator('party-target-gauge [part="footer"] a').count()).toBe(0);
    expect(violations).toEqual([]);
  });
});
