// The gauge peers a newsroom developer would pick (Web Awesome's and Shoelace's progress rings,
// JustGage) build as the other alternatives do and draw a gauge in Chromium: so "lighter than every
// peer" compares our payload with real, working peers. Sizes are printed, never compared with ours here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { buildCandidates, candidateFile } from './build-candidates.ts';
import { CANDIDATES, CANDIDATES_PATH, candidatesFor, PEER_IDS } from './candidates.ts';
import { compressedSize } from './compressed-size.ts';
import { gaugeFixtures } from './fixtures.ts';
import { benchPage } from './pages.ts';
import { untilRendered } from './page-scripts.ts';
import { OUT_DIR } from './paths.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const GAUGE_PEERS = ['webawesome', 'shoelace', 'justgage'] as const;
/** A ring sets its indicator's length (stroke-dashoffset) in px once drawn; JustGage draws paths, no ring. */
const INDICATOR_OFFSET = { webawesome: /^\d+(\.\d+)?px$/, shoelace: /^\d+(\.\d+)?px$/, justgage: /^$/ } as const;

/** What a peer drew, read from the page: per element, what proves a gauge is on screen. */
interface Drawn {
  readonly elements: number;
  /** Per element: the ring's indicator offset and label (rings), or the SVG's paths and texts (JustGage). */
  readonly details: ReadonlyArray<{ readonly shapes: number; readonly text: string; readonly offset: string }>;
}

describe('the gauge peers', () => {
  let browser: Browser;
  let server: StaticServer;
  let dir: string;
  beforeAll(async () => {
    dir = await buildCandidates(GAUGE_PEERS, join(OUT_DIR, 'peers-test'));
    browser = await launchBrowser();
    server = await startStaticServer({ mounts: { [CANDIDATES_PATH]: dir } });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('are peers, draw gauges only, and are compared in the 100-gauge scenario', () => {
    for (const id of GAUGE_PEERS) {
      expect(PEER_IDS).toContain(id);
      expect(CANDIDATES[id].scenarios).toEqual(['gauge']);
    }
    expect(candidatesFor('gauge')).toEqual(expect.arrayContaining([...GAUGE_PEERS]));
    expect(candidatesFor('map')).not.toEqual(expect.arrayContaining(['webawesome']));
  });

  it.each(GAUGE_PEERS)('%s builds into one file that really holds the library', (id) => {
    const file = readFileSync(join(dir, candidateFile(id, 'gauge')));
    const { gzip } = compressedSize(file);
    console.info(`${id}: ${(gzip / 1000).toFixed(1)} kB gzip`);
    expect(gzip).toBeGreaterThan(4_000); // the wrapper alone is well under 1 kB
    expect(file.toString()).not.toContain('dev mode'); // Lit's production build, as a newsroom ships it
  });

  it.each(GAUGE_PEERS)('%s draws every gauge of a page and says so', async (id) => {
    const c = CANDIDATES[id];
    const gauges = gaugeFixtures(3);
    server.page(`/${id}`, benchPage(c.scriptPath('gauge'), c, { gauges }));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${id}`);
      expect(await untilRendered(page, 60_000)).toBeGreaterThan(0);
      const drawn: Drawn = await page.evaluate((tag) => {
        const elements = [...document.querySelectorAll(tag)];
        return {
          elements: elements.length,
          details: elements.map((el) => {
            const ring = el.querySelector('wa-progress-ring, sl-progress-ring');
            if (ring) {
              const indicator = ring.shadowRoot?.querySelector<SVGCircleElement>('circle.indicator, circle.progress-ring__indicator');
              return {
                shapes: ring.shadowRoot?.querySelectorAll('circle').length ?? 0,
                text: ring.textContent ?? '',
                offset: indicator?.style.strokeDashoffset ?? '',
              };
            }
            return {
              shapes: el.querySelectorAll('svg path').length,
              text: [...el.querySelectorAll('svg text')].map((t) => t.textContent).join(' '),
              offset: '',
            };
          }),
        };
      }, c.tags.gauge);
      expect(drawn.elements).toBe(gauges.length);
      drawn.details.forEach((d, i) => {
        expect(d.shapes).toBeGreaterThanOrEqual(2); // track and indicator, or background and level
        expect(d.text).toContain(String(gauges[i]!.value));
        expect(d.offset).toMatch(INDICATOR_OFFSET[id]);
      });
    } finally {
      await context.close();
    }
  });
});
