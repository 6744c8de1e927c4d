// `pnpm --filter @chitieu/bench budgets`: rewrites budgets.json from what is built now, measured
// exactly as the budget check measures (test/budgets.test.ts), plus the headroom. Run it when a size
// change is intended, and commit budgets.json with the change that caused it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { BUDGET_IDS, nextBudget, readBudgets, type Budget, type BudgetId } from './budgets.ts';
import { measureDeskPayload } from './desk-payload.ts';
import { measureOurPayloadOffline } from './payload.ts';
import { API_ROOT, BUDGETS_FILE, RENDER_ROOT } from './paths.ts';
import { measureRankingPayloadOffline } from './ranking-bench.ts';
import { TARGETS } from './targets.ts';
import { workerSize } from './worker-build.ts';

export const HEADROOM = 0.03;

export const BUDGET_WHAT: Record<BudgetId, string> = {
  'payload.gauge.gzip': 'JavaScript for one gauge',
  'payload.map.gzip': 'JavaScript for one map',
  'payload.both.gzip': 'JavaScript for a gauge and a map',
  'payload.ranking.gzip': 'JavaScript for one ranking',
  'desk.first-load.gzip': 'the data desk’s own JavaScript on first load',
  'worker.api.gzip': 'API Worker upload',
  'worker.render.gzip': 'render Worker upload',
};

export const BUDGET_TARGETS: Partial<Record<BudgetId, number>> = {
  'payload.gauge.gzip': TARGETS.gaugePayloadGzip,
  'payload.both.gzip': TARGETS.bothPayloadGzip,
  'desk.first-load.gzip': TARGETS.deskFirstLoadGzip,
  'worker.api.gzip': TARGETS.workerGzip,
};

/** The deterministic figures, from the current builds. */
export async function measureBudgetFigures(): Promise<Partial<Record<BudgetId, number>>> {
  const browser = await launchBrowser();
  try {
    const figures: Partial<Record<BudgetId, number>> = {};
    for (const f of await measureOurPayloadOffline(browser)) figures[`payload.${f.scenario}.gzip` as BudgetId] = f.gzip;
    figures['payload.ranking.gzip'] = (await measureRankingPayloadOffline(browser)).gzip;
    figures['desk.first-load.gzip'] = measureDeskPayload().gzip;
    for (const [id, root] of [
      ['worker.api.gzip', API_ROOT],
      ['worker.render.gzip', RENDER_ROOT],
    ] as const) {
      const out = join(root, 'dist', 'worker');
      if (existsSync(out)) figures[id] = workerSize(out).gzip;
    }
    return figures;
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  // A budget guards a target, not the last build: raising one needs a written reason, kept in budgets.json.
  const reasonAt = process.argv.indexOf('--reason');
  const reason = reasonAt === -1 ? undefined : process.argv[reasonAt + 1]?.trim();
  const previous = existsSync(BUDGETS_FILE) ? readBudgets().budgets : {};
  const measured = await measureBudgetFigures();
  const budgets: Partial<Record<BudgetId, Budget>> = {};
  const unexplained: string[] = [];
  const date = new Date().toISOString().slice(0, 10);
  for (const id of BUDGET_IDS) {
    const value = measured[id];
    if (value === undefined) continue;
    const before = previous[id];
    const target = BUDGET_TARGETS[id] ?? null;
    const change = nextBudget({ measured: value, headroom: HEADROOM, target, ...(before ? { before } : {}), ...(reason ? { reason } : {}), date });
    if (change.raised && !reason) unexplained.push(`${id}: ${before!.bytes} B → ${change.bytes} B`);
    budgets[id] = { bytes: change.bytes, measured: value, target, what: BUDGET_WHAT[id], ...(change.reason ? { reason: change.reason } : {}) };
    console.info(`${id}: measured ${value} B, budget ${change.bytes} B`);
  }
  if (unexplained.length > 0) {
    console.error(`These budgets would rise; say why with --reason "…" (nothing was written):\n  ${unexplained.join('\n  ')}`);
    process.exit(1);
  }
  writeFileSync(BUDGETS_FILE, `${JSON.stringify({ headroom: HEADROOM, budgets }, null, 2)}\n`);
}
