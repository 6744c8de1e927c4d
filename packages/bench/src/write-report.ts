// Writes results/latest.json and BENCHMARKS.md from one run's figures. `pnpm --filter @chitieu/bench report`
// runs it alone: it re-reads results/latest.json, judges the same figures against targets.ts and budgets.json
// again and rewrites both files, for a change in the targets' words or next steps that measures nothing anew.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkBudget, readBudgets, type BudgetFile } from './budgets.ts';
import { READING_FIGURES_FILE, REPORT_FILE, RESULTS_FILE } from './paths.ts';
import { renderReport } from './report.ts';
import type { Results } from './results.ts';
import { evaluateTargets } from './targets.ts';

export function writeReport(results: Results): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  // Sections measured by other packages' commands (e.g. the report reader's scores), kept beside this file and appended as written.
  const appended = existsSync(READING_FIGURES_FILE) ? `\n${readFileSync(READING_FIGURES_FILE, 'utf8')}` : '';
  writeFileSync(REPORT_FILE, renderReport(results) + appended);
}

/** The run's budget rows against budgets.json as it is now (the budgets may have been reset since the run). */
function withCurrentBudgets(rows: Results['budgets'], file: BudgetFile): Results['budgets'] {
  return rows.map((row) => {
    const budget = file.budgets[row.id]?.bytes ?? null;
    return { ...row, budget, ok: budget === null || row.measured === null ? null : checkBudget(row.id, row.measured, budget).ok };
  });
}

if (import.meta.main) {
  const { targets: _targets, budgets, ...figures } = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
  writeReport({ ...figures, targets: evaluateTargets(figures), budgets: withCurrentBudgets(budgets, readBudgets()) });
  console.info(`rewrote ${REPORT_FILE} and ${RESULTS_FILE} from the figures of ${figures.date}`);
}
