// Benchmark 4: layout shift of the demo article at `/` while it loads, with every API read (`/v1/…`)
// held back by Playwright's route interception, so the elements wait for their figures the way they
// would on a slow phone network. CLS is computed from the page's own `layout-shift` entries.
import { columnCodesFor } from '@chitieu/site/column-codes';
import type { Browser } from 'playwright-core';
import { cumulativeLayoutShift, type LayoutShiftEntry, type LayoutShiftScore } from './layout-shift.ts';

export interface LayoutShiftRun extends LayoutShiftScore {
  readonly viewport: string;
  readonly delayMs: number;
  /** Elements that showed their figures before the measurement ended. */
  readonly rendered: number;
  readonly elements: number;
}

export type DemoArticle = { readonly available: true } | { readonly available: false; readonly reason: string };

/** Whether `/` is the demo article yet: an HTML page holding at least one of our elements. */
export async function demoArticle(origin: string): Promise<DemoArticle> {
  const response = await fetch(`${origin}/`, { redirect: 'manual' });
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || !type.includes('text/html')) {
    return {
      available: false,
      reason: `GET / answered ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''} (${type || 'no content type'}), not the demo article`,
    };
  }
  const html = await response.text();
  if (!/<party-(target-gauge|cell-map)\b/.test(html))
    return { available: false, reason: 'GET / is an HTML page without <party-target-gauge> or <party-cell-map>' };
  return { available: true };
}

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

async function once(browser: Browser, url: string, viewport: keyof typeof VIEWPORTS, delayMs: number): Promise<LayoutShiftRun> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as Window & { __shifts?: unknown[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ startTime: number; value: number; hadRecentInput: boolean }>) {
          w.__shifts!.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.route(/\/v1\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.continue().catch(() => undefined);
    });
    await page.goto(url, { waitUntil: 'load' });
    // Until every element has shown its figures (or failed), bounded; then a moment for late shifts.
    const elements = await page.evaluate(() => document.querySelectorAll('party-target-gauge, party-cell-map').length);
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('party-target-gauge, party-cell-map')].every((el) =>
            el.shadowRoot?.querySelector('[part="base"], [data-state="error"], [data-state="empty"]'),
          ),
        undefined,
        { timeout: delayMs + 15_000, polling: 100 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(500);
    const rendered = await page.evaluate(
      () => [...document.querySelectorAll('party-target-gauge, party-cell-map')].filter((el) => el.shadowRoot?.querySelector('[part="base"]')).length,
    );
    const entries = (await page.evaluate(() => (window as Window & { __shifts?: unknown[] }).__shifts ?? [])) as LayoutShiftEntry[];
    return { ...cumulativeLayoutShift(entries), viewport, delayMs, rendered, elements };
  } finally {
    await context.close();
  }
}

/** CLS of the page at `url` per viewport, `rounds` loads each (viewports interleaved), API reads held back by `delayMs`. */
export async function measureLayoutShift(browser: Browser, url: string, rounds: number, delayMs: number): Promise<LayoutShiftRun[]> {
  const runs: LayoutShiftRun[] = [];
  for (let round = 0; round < rounds; round++)
    for (const viewport of Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>) runs.push(await once(browser, url, viewport, delayMs));
  return runs;
}

/**
 * A newsroom article on another origin holding the script embed codes a journalist gets (the site's
 * own code generator, apps/site column-codes.ts: the script, then each tag with its reserved height and
 * the figure's image inside it) between paragraphs. Reads the figures, as the data desk does.
 */
export async function snippetArticle(apiOrigin: string): Promise<string> {
  const code = async (element: 'party-target-gauge' | 'party-cell-map', query: string) =>
    (await columnCodesFor(apiOrigin, element, new URLSearchParams(query))).script.replace(/^<script [^\n]*\n/, '');
  const paragraph =
    '<p>Đảng bộ thị trấn Mường Khương kết nạp nhiều đảng viên mới hơn hẳn kế hoạch trong năm 2024. Cả chi bộ ở tổ dân phố lẫn chi bộ cơ quan, trường học đều tham gia tìm người và giúp họ chuẩn bị.</p>';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Phát triển đảng viên ở Mường Khương (bài mẫu)</title>
<style>body{margin:0 auto;max-width:680px;padding:0 16px;font:18px/1.6 Georgia,serif}</style>
</head><body>
<h1>Phát triển đảng viên ở Mường Khương (bài mẫu)</h1>
${paragraph}
<script type="module" src="${apiOrigin}/widgets/v1/chitieu.js"></script>
${await code('party-target-gauge', 'org=muong-khuong&period=2024')}
${paragraph}
${await code('party-cell-map', 'org=muong-khuong')}
${paragraph}
${paragraph}
</body></html>`;
}
