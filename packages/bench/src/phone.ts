// Issue 12, part 1: a reader on a phone, from navigation to a visible gauge. A plain article on another
// origin holds the gauge in each of its three forms: the static image (`/embed/party-target-gauge.svg`,
// the floor: one request), the script embed (the code the data desk and the builder give a journalist,
// apps/site's columnCodes, with the figure's image inside the tag) and the iframe embed (the code the
// oEmbed answer gives). Chromium gets a phone's profile through CDP: slow 4G (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up) and a CPU 4× slower. Cold: a fresh context (empty cache); warm: a
// second article of the same site opened next in that context. Candidates interleaved, their order
// rotated each round; medians.
//
//   node src/phone.ts [rounds]    alone: builds both Workers' dry runs and starts them under wrangler dev
//                                 (needs `pnpm turbo run build --filter @chitieu/api...` first)
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { columnCodesFor } from '@chitieu/site/column-codes';
import { startApiWorker } from './api-worker.ts';
import { launchBrowser } from './browser.ts';
import { runInterleaved } from './interleave.ts';
import { OUT_DIR, API_ROOT, RENDER_ROOT } from './paths.ts';
import { startStaticServer } from './static-server.ts';
import { pairedRatios, ratio, summarise, type Summary } from './stats.ts';
import { dryRun } from './worker-build.ts';

const PHONE_CANDIDATES = ['image', 'script', 'iframe'] as const;
type PhoneCandidate = (typeof PHONE_CANDIDATES)[number];

/** The profile, as the issue states it. */
const PHONE_PROFILE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 } as const;

export interface PhoneFigures {
  readonly rounds: number;
  readonly profile: typeof PHONE_PROFILE;
  /** Navigation to a visible gauge, ms, per candidate: a fresh cache, and a second article of the same site. */
  readonly cold: Readonly<Record<PhoneCandidate, Summary>>;
  readonly warm: Readonly<Record<PhoneCandidate, Summary>>;
  /** Medians over the image's median. */
  readonly ratios: { readonly script: number; readonly iframe: number; readonly warmScript: number; readonly warmIframe: number };
  /**
   * Same-round ratios to the image (each round's load over the image's load in that round), with the
   * median's confidence interval: what the targets are judged on, as the other benches' ratios are.
   * A busier machine in one round slows every candidate of that round, so it cancels within the
   * round's ratio instead of moving one candidate's median. Absent in results older than 2026-12-04.
   */
  readonly paired?: { readonly script: Summary; readonly iframe: Summary; readonly warmScript: Summary; readonly warmIframe: Summary };
}

const ORG = 'muong-khuong';
const PERIOD = '2024';
const VIEWPORT = { width: 390, height: 844 };
const TIMEOUT_MS = 40_000;

/**
 * Runs in every frame: from the first frame on, checks before each paint whether the gauge is drawn
 * (the image decoded; the element's dial in its shadow root; the static image the embed code holds in
 * the tag, until the element draws its own; or a
 * figure the page arrived with, an `svg` in the element or beside it, visible) and records that moment
 * on the shared clock (timeOrigin + now). A frame tells the top page.
 *
 * The in-tag image counts by the floor's own test, and no sooner: it is the same server-drawn SVG of
 * the same figures, so it counts once it is complete with a natural width, laid out with a height and
 * not hidden (it is not laid out once the element no longer shows it), exactly as the floor's `<img>`
 * counts once complete.
 */
function watchGauge(): void {
  const w = window as Window & { __gaugeVisible?: number };
  const decoded = (img: HTMLImageElement | null | undefined): boolean => !!img && img.complete && img.naturalWidth > 0;
  const drawn = (): boolean => {
    const img = document.querySelector<HTMLImageElement>('img[data-gauge]');
    if (img) return decoded(img);
    const el = document.querySelector('party-target-gauge');
    if (!el) return false;
    if (el.shadowRoot?.querySelector('svg.dial')) return true;
    const shown = (img: HTMLImageElement | null | undefined): boolean =>
      decoded(img) && img!.getBoundingClientRect().height > 0 && img!.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    if (shown(el.querySelector<HTMLImageElement>(':scope > img'))) return true;
    const figure = document.querySelector('party-target-gauge svg, party-target-gauge ~ * svg');
    return figure !== null && figure.getBoundingClientRect().height > 0 && getComputedStyle(figure).visibility === 'visible';
  };
  const tick = () => {
    if (!drawn()) return void requestAnimationFrame(tick);
    const at = performance.timeOrigin + performance.now();
    if (window === window.top) w.__gaugeVisible ??= at;
    else window.top?.postMessage({ gaugeVisible: at }, '*');
  };
  requestAnimationFrame(tick);
  if (window === window.top) {
    addEventListener('message', (e: MessageEvent<{ gaugeVisible?: number }>) => {
      if (typeof e.data?.gaugeVisible === 'number') w.__gaugeVisible ??= e.data.gaugeVisible;
    });
  }
}

function article(title: string, embed: string): string {
  const paragraph = '<p>Các chi bộ ở tổ dân phố và ở trường học cùng tìm người, giúp quần chúng ưu tú chuẩn bị hồ sơ; kết quả vượt kế hoạch đầu năm.</p>';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title>
<style>body{margin:0 auto;max-width:680px;padding:0 16px;font:18px/1.6 Georgia,serif}img,iframe{max-width:100%}</style>
</head><body>
<h1>${title}</h1>
${paragraph}
${embed}
${paragraph}
${paragraph}
</body></html>`;
}

/** The three embed codes as a journalist pastes them: the script embed's from the site's own code generator, the iframe's the API's oEmbed answer. */
async function embedCodes(api: string): Promise<Record<PhoneCandidate, string>> {
  const pageUrl = `${api}/embed/party-target-gauge?org=${ORG}&period=${PERIOD}`;
  const response = await fetch(`${api}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`);
  if (!response.ok) throw new Error(`oEmbed answered ${response.status}`);
  const { html: iframe } = (await response.json()) as { html: string };
  const image = await fetch(`${api}/embed/party-target-gauge.svg?org=${ORG}&period=${PERIOD}`);
  if (!image.ok) throw new Error(`the static image answered ${image.status} (is the render Worker bound?)`);
  return {
    image: `<img data-gauge src="${api}/embed/party-target-gauge.svg?org=${ORG}&amp;period=${PERIOD}" alt="Mường Khương kết nạp 53 đảng viên năm 2024, chỉ tiêu 20">`,
    script: (await columnCodesFor(api, 'party-target-gauge', new URLSearchParams({ org: ORG, period: PERIOD }))).script,
    iframe,
  };
}

/** Gives `page` the phone's profile (network and CPU) through CDP; before navigation. */
export async function emulatePhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: (PHONE_PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PHONE_PROFILE.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
}

/** Navigates and returns ms from the navigation's start to the gauge drawn. */
async function visibleAfter(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => (window as Window & { __gaugeVisible?: number }).__gaugeVisible !== undefined, undefined, {
    timeout: TIMEOUT_MS,
    polling: 250,
  });
  return page.evaluate(() => (window as Window & { __gaugeVisible?: number }).__gaugeVisible! - performance.timeOrigin);
}

/** Cold then warm for one candidate, in a fresh context. */
async function once(browser: Browser, origin: string, candidate: PhoneCandidate): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(watchGauge);
    const page = await context.newPage();
    await emulatePhone(page);
    const cold = await visibleAfter(page, `${origin}/a/${candidate}.html`);
    const warm = await visibleAfter(page, `${origin}/b/${candidate}.html`);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/** Every candidate once per round, the order rotated each round; medians and ratios to the image. */
export async function measurePhone(browser: Browser, api: string, rounds: number): Promise<PhoneFigures> {
  const codes = await embedCodes(api);
  const pages = await startStaticServer();
  try {
    for (const c of PHONE_CANDIDATES) {
      pages.page(`/a/${c}.html`, article('Mường Khương vượt chỉ tiêu kết nạp đảng viên (bài mẫu)', codes[c]));
      pages.page(`/b/${c}.html`, article('Chi bộ tổ dân phố tìm người (bài mẫu thứ hai)', codes[c]));
    }
    // Every round runs, whatever the time: no budget cuts a phone run short.
    const runs = await runInterleaved(PHONE_CANDIDATES, { rounds, minRounds: rounds, budgetMs: Number.POSITIVE_INFINITY }, (c) =>
      once(browser, pages.origin, c),
    );
    const by = (kind: 'cold' | 'warm') =>
      Object.fromEntries(PHONE_CANDIDATES.map((c) => [c, summarise(runs.get(c)!.map((r) => r[kind]))])) as Record<PhoneCandidate, Summary>;
    const cold = by('cold');
    const warm = by('warm');
    const over = (s: Summary, floor: Summary) => ratio(s.median, floor.median) ?? Number.NaN;
    const paired = (c: 'script' | 'iframe', kind: 'cold' | 'warm') =>
      pairedRatios(
        runs.get(c)!.map((r) => r[kind]),
        runs.get('image')!.map((r) => r[kind]),
      );
    return {
      rounds,
      profile: PHONE_PROFILE,
      cold,
      warm,
      ratios: {
        script: over(cold.script, cold.image),
        iframe: over(cold.iframe, cold.image),
        warmScript: over(warm.script, warm.image),
        warmIframe: over(warm.iframe, warm.image),
      },
      paired: {
        script: paired('script', 'cold'),
        iframe: paired('iframe', 'cold'),
        warmScript: paired('script', 'warm'),
        warmIframe: paired('iframe', 'warm'),
      },
    };
  } finally {
    await pages.close();
  }
}

/** One line per candidate, for the console. */
export function describePhone(f: PhoneFigures): string {
  return PHONE_CANDIDATES.map((c) => {
    const times = (kind: 'cold' | 'warm') => `${f[kind][c].median.toFixed(0)} ms [${f[kind][c].min.toFixed(0)}–${f[kind][c].max.toFixed(0)}]`;
    const key = { cold: { script: 'script', iframe: 'iframe' }, warm: { script: 'warmScript', iframe: 'warmIframe' } } as const;
    const r = (kind: 'cold' | 'warm') => (c === 'image' ? '1.00' : (f.paired?.[key[kind][c]].median ?? f.ratios[key[kind][c]]).toFixed(2));
    return `${c.padEnd(7)} cold ${times('cold')} ${r('cold')}×   warm ${times('warm')} ${r('warm')}×`;
  }).join('\n');
}

if (import.meta.main) {
  const rounds = Number(process.argv[2] ?? 10);
  const work = join(OUT_DIR, 'phone');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const api = await startApiWorker(dryRun(API_ROOT, join(work, 'api-worker')), join(work, 'dev'), { render: dryRun(RENDER_ROOT, join(work, 'render-worker')) });
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    console.info(describePhone(await measurePhone(browser, api.origin, rounds)));
  } finally {
    await browser?.close().catch(() => undefined);
    await api.stop();
  }
}
