// The size budgets CI keeps: the JavaScript a page downloads for our elements and the gzip size of
// each Worker, measured on what turbo built before this test (this file builds nothing), against
// budgets.json. Fails with figure, budget and excess. Times are never asserted here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser.ts';
import { measureDeskPayload } from '../src/desk-payload.ts';
import { checkBudget, readBudgets, type BudgetId, type BudgetVerdict } from '../src/budgets.ts';
import { measureOurPayloadOffline } from '../src/payload.ts';
import { measureRankingPayloadOffline } from '../src/ranking-bench.ts';
import { API_ROOT, EMBED_ENTRY, embedDir, RENDER_ROOT } from '../src/paths.ts';
import { workerSize } from '../src/worker-build.ts';

const { budgets } = readBudgets();

function verdict(id: BudgetId, figure: number): BudgetVerdict {
  const budget = budgets[id];
  if (!budget) throw new Error(`budgets.json has no budget for ${id}`);
  const v = checkBudget(id, figure, budget.bytes);
  console.info(v.message);
  return v;
}

function failures(verdicts: readonly BudgetVerdict[]): string[] {
  return verdicts.filter((v) => !v.ok).map((v) => v.message);
}

describe('payload budgets: the JavaScript a page downloads from /widgets/v1/chitieu.js', () => {
  let browser: Browser;
  beforeAll(async () => {
    const entry = join(embedDir(), EMBED_ENTRY);
    if (!existsSync(entry)) throw new Error(`${entry} is missing: build @chitieu/api (and so @chitieu/widgets) first; turbo does before this test`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays within budget for one gauge, one map, and both', async () => {
    const figures = await measureOurPayloadOffline(browser);
    const verdicts = figures.map((f) => verdict(`payload.${f.scenario}.gzip` as BudgetId, f.gzip));
    expect(failures(verdicts)).toEqual([]);
  });

  it('stays within budget for one ranking, which downloads the loader (with the gauge) and its own chunk, never the map’s', async () => {
    const ranking = await measureRankingPayloadOffline(browser);
    expect(ranking.files.filter((file) => /party-cell-map/.test(file))).toEqual([]);
    expect(failures([verdict('payload.ranking.gzip', ranking.gzip)])).toEqual([]);
  });
});

describe('the data desk’s budget: its own JavaScript on first load (/desk)', () => {
  it('stays within budget', () => {
    expect(failures([verdict('desk.first-load.gzip', measureDeskPayload().gzip)])).toEqual([]);
  });
});

describe('Worker budgets: gzip size of what `wrangler deploy` uploads', () => {
  const apiOut = join(API_ROOT, 'dist', 'worker');
  const renderOut = join(RENDER_ROOT, 'dist', 'worker');

  it('keeps the API Worker within budget', () => {
    if (!existsSync(apiOut)) throw new Error(`${apiOut} is missing: build @chitieu/api first (turbo does before this test)`);
    expect(failures([verdict('worker.api.gzip', workerSize(apiOut).gzip)])).toEqual([]);
  });

  it.skipIf(!existsSync(renderOut) || !budgets['worker.render.gzip'])('keeps the render Worker within budget', () => {
    expect(failures([verdict('worker.render.gzip', workerSize(renderOut).gzip)])).toEqual([]);
  });
});
