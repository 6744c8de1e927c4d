// The benchmarks of <party-target-ranking>: the JavaScript a page with one ranking downloads (the
// budget payload.ranking.gzip, checked by test/budgets.test.ts), and the time to render a ranking of
// 40 rows from the API against a hand-written vanilla element that fetches the same JSON and draws
// the same bars (the floor; the target is within 1.5× of it). `node src/ranking-bench.ts`
// runs both on what is built and prints the figures; candidates run interleaved, each load in a fresh
// context. The rows are the illustrative fixture (Đơn vị minh họa …), never a source's figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRankingResponse } from '@chitieu/domain/fixtures';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { compressedSize } from './compressed-size.ts';
import { ratioWithCi, spread } from './format.ts';
import { runInterleaved, type RunLimits } from './interleave.ts';
import { rankingPage } from './pages.ts';
import { pageScripts, untilDefined, untilRendered } from './page-scripts.ts';
import { EMBED_ENTRY, EMBED_PATH, embedDir } from './paths.ts';
import { startStaticServer } from './static-server.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

const TAG = 'party-target-ranking';
const READ = '/v1/organizations/dang-bo-minh-hoa/subordinates/admissions/2024';

/** The floor: one custom element, no library, that fetches the read and writes 40 rows of bars as HTML once. */
const VANILLA_RANKING = `
class BenchRanking extends HTMLElement {
  async connectedCallback() {
    const data = await (await fetch(new URL('${READ.slice(1)}', this.getAttribute('api')))).json();
    const rows = data.subordinates.map((r) => r.admissions ? { name: r.organization.name, a: r.admissions.admitted, t: r.admissions.target } : { name: r.organization.name, a: null, t: null });
    const max = Math.max(1, ...rows.map((r) => Math.max(r.a ?? 0, r.t ? r.t.max : 0)));
    const pct = (v) => (v / max) * 100 + '%';
    const fmt = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
    rows.sort((x, y) => (y.a && y.t ? y.a / y.t.min : -1) - (x.a && x.t ? x.a / x.t.min : -1));
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>.r{display:grid;grid-template-columns:1fr auto;height:3rem}.b{position:relative;height:.75rem;background:#eaeef2}.b>i{position:absolute;top:0;bottom:0}.v{background:#b3261e}.o{background:repeating-linear-gradient(45deg,#8a5a00 0 3px,#fff9 3px 5px)}.k{width:3px;background:#1f2328}</style>' +
      rows.map((r) => r.a === null ? '<div class="r"><b>' + r.name + '</b><span>chưa có số liệu</span></div>' :
        '<div class="r" tabindex="-1"><b>' + r.name + '</b><span>' + (r.t ? 'đạt ' + fmt.format(r.a / r.t.min) + ' chỉ tiêu' : '') + '</span><div class="b">' +
        '<i class="v" style="left:0;width:' + pct(r.t ? Math.min(r.a, r.t.max) : r.a) + '"></i>' +
        (r.t && r.a > r.t.max ? '<i class="o" style="left:' + pct(r.t.max) + ';width:' + pct(r.a - r.t.max) + '"></i>' : '') +
        (r.t ? '<i class="k" style="left:' + pct(r.t.min) + '"></i>' : '') + '</div><span>' + r.a + (r.t ? '/' + r.t.min : '') + '</span></div>').join('');
    this.dispatchEvent(new Event('bench-rendered', { bubbles: true, composed: true }));
  }
}
customElements.define('bench-ranking', BenchRanking);
`;

/** The JavaScript a page showing one ranking downloads from the embed script, the API held open (what the budget measures). */
export async function measureRankingPayloadOffline(browser: Browser): Promise<{ gzip: number; files: string[] }> {
  const server = await startStaticServer({ mounts: { [EMBED_PATH]: embedDir() }, hold: /^\/v1\// });
  try {
    server.page('/', rankingPage(`${server.origin}${EMBED_PATH}${EMBED_ENTRY}`, TAG, 'chitieu-load', `${server.origin}/`));
    const downloads = await pageScripts(browser, `${server.origin}/`, { ready: (page) => untilDefined(page, [TAG]) });
    return { gzip: downloads.reduce((sum, d) => sum + compressedSize(d.body).gzip, 0), files: downloads.map((d) => new URL(d.url).pathname) };
  } finally {
    await server.close();
  }
}

/** Milliseconds from navigation to a ranking of 40 rows rendered, ours and the floor's, and ours over the floor's per round; interleaved rounds within `limits`. */
export async function measureRankingRender(
  browser: Browser,
  limits: RunLimits = { rounds: 12, minRounds: 5, budgetMs: 75_000 },
): Promise<{ ours: Summary; vanilla: Summary; ratio: Summary; rounds: number }> {
  const floorDir = mkdtempSync(join(tmpdir(), 'chitieu-ranking-floor-'));
  writeFileSync(join(floorDir, 'vanilla-ranking.js'), VANILLA_RANKING);
  const server = await startStaticServer({ mounts: { [EMBED_PATH]: embedDir(), '/floor/': floorDir } });
  try {
    server.page(
      READ,
      JSON.stringify(sampleRankingResponse({ rows: 40, rangeTarget: [5, 17], noFigures: [9, 33], total: { admitted: 900, target: { min: 850, max: 850 } } })),
    );
    const api = `${server.origin}/`;
    server.page('/ours', rankingPage(`${server.origin}${EMBED_PATH}${EMBED_ENTRY}`, TAG, 'chitieu-load', api));
    server.page('/vanilla', rankingPage(`${server.origin}/floor/vanilla-ranking.js`, 'bench-ranking', 'bench-rendered', api));
    const once = async (path: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
        return await untilRendered(page, 30_000);
      } finally {
        await context.close();
      }
    };
    const times = await runInterleaved(['/ours', '/vanilla'] as const, limits, (path) => once(path));
    const ours = times.get('/ours')!;
    const vanilla = times.get('/vanilla')!;
    return { ours: summarise(ours), vanilla: summarise(vanilla), ratio: pairedRatios(ours, vanilla), rounds: ours.length };
  } finally {
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const browser = await launchBrowser();
  try {
    const payload = await measureRankingPayloadOffline(browser);
    console.info(`payload.ranking.gzip: ${payload.gzip} B (${payload.files.join(', ')})`);
    // `node src/ranking-bench.ts 3`: fewer rounds, to check it works.
    const rounds = Number(process.argv[2] ?? 12);
    const render = await measureRankingRender(browser, { rounds, minRounds: Math.min(5, rounds), budgetMs: 75_000 });
    console.info(
      `40 rows rendered, ${render.rounds} rounds: ours ${spread(render.ours, 'ms')}, vanilla floor ${spread(render.vanilla, 'ms')}, ${ratioWithCi(render.ratio)} (target ≤ 1.5×)`,
    );
  } finally {
    await browser.close();
  }
}
