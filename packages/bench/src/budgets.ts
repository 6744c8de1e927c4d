// The size budgets CI keeps (budgets.json): which deterministic figures there are, how a measurement
// compares with its budget, and how a new budget is proposed from a measurement.
import { readFileSync } from 'node:fs';
import { BUDGETS_FILE } from './paths.ts';

export const BUDGET_IDS = [
  'payload.gauge.gzip',
  'payload.map.gzip',
  'payload.both.gzip',
  'payload.ranking.gzip',
  'desk.first-load.gzip',
  'worker.api.gzip',
  'worker.render.gzip',
] as const;
export type BudgetId = (typeof BUDGET_IDS)[number];

export interface Budget {
  /** The most bytes allowed. */
  readonly bytes: number;
  /** What was measured when the budget was set. */
  readonly measured: number;
  /** The target, when it sets one. */
  readonly target: number | null;
  readonly what: string;
  /** Why the budget is where it is: set at its target, lowered to a smaller build, or raised (a rise must say why). */
  readonly reason?: string;
}

export interface BudgetFile {
  readonly headroom: number;
  readonly budgets: Partial<Record<BudgetId, Budget>>;
}

export interface BudgetVerdict {
  readonly id: BudgetId;
  readonly figure: number;
  readonly budget: number;
  readonly ok: boolean;
  readonly message: string;
}

export function readBudgets(file = BUDGETS_FILE): BudgetFile {
  return JSON.parse(readFileSync(file, 'utf8')) as BudgetFile;
}

/**
 * Compares a figure with its budget; the message says both and the difference either way.
 *
 * @example checkBudget('worker.api.gzip', 170_000, 166_000).message
 * // 'worker.api.gzip: 170,000 B exceeds its budget of 166,000 B by 4,000 B (+2.4 %)'
 */
export function checkBudget(id: BudgetId, figure: number, budget: number): BudgetVerdict {
  const ok = figure <= budget;
  const difference = Math.abs(figure - budget).toLocaleString('en');
  const percent = (((figure - budget) / budget) * 100).toFixed(1);
  const message = ok
    ? `${id}: ${figure.toLocaleString('en')} B is within its budget of ${budget.toLocaleString('en')} B (${difference} B to spare)`
    : `${id}: ${figure.toLocaleString('en')} B exceeds its budget of ${budget.toLocaleString('en')} B by ${difference} B (+${percent} %)`;
  return { id, figure, budget, ok, message };
}

/** A budget a little above a measurement: `headroom` (0.03 = 3 %) more, rounded up to whole bytes. */
export function proposeBudget(measured: number, headroom: number): number {
  if (!(measured >= 0) || !(headroom >= 0)) throw new RangeError('measured and headroom must be ≥ 0');
  return Math.ceil(measured * (1 + headroom));
}

/** What a new measurement does to a budget: the new budget, why it stands there, and whether it rose. */
export interface BudgetChange {
  readonly bytes: number;
  readonly reason?: string;
  /** A rise, which only a written reason allows. */
  readonly raised: boolean;
}

/**
 * The budget a measurement leads to. A budget guards a target, not the last build:
 * - a figure within its target gets the target as its budget (once a target is met, its budget is the target);
 * - otherwise a smaller build lowers the budget to the measurement plus `headroom`, saying so;
 * - a figure still within its budget keeps it as it was;
 * - only a figure over its budget raises it, which needs `reason` (`raised` tells the caller to refuse without one).
 *
 * @example nextBudget({ measured: 13_000, headroom: 0.03, target: 12_000, before: { bytes: 19_666, reason: 'x' }, date: '2026-12-04' }).bytes // 13_390
 */
export function nextBudget(input: {
  readonly measured: number;
  readonly headroom: number;
  readonly target: number | null;
  readonly before?: Pick<Budget, 'bytes' | 'reason'>;
  readonly reason?: string;
  readonly date: string;
}): BudgetChange {
  const { measured, headroom, target, before, reason, date } = input;
  const at = (bytes: number) => bytes.toLocaleString('en');
  const why = (text: string) => (reason ? `${text}: ${reason}` : text);
  if (target !== null && measured <= target) {
    if (before?.bytes === target) return { bytes: target, ...(before.reason ? { reason: before.reason } : {}), raised: false };
    const from = before ? ` from ${at(before.bytes)} B` : '';
    return {
      bytes: target,
      reason: why(`Set on ${date}${from} to its target, which the measurement (${at(measured)} B) meets`),
      raised: before !== undefined && target > before.bytes,
    };
  }
  const proposed = proposeBudget(measured, headroom);
  if (before === undefined) return { bytes: proposed, ...(reason ? { reason } : {}), raised: false };
  if (proposed < before.bytes)
    return {
      bytes: proposed,
      reason: why(`Lowered on ${date} from ${at(before.bytes)} B to the measurement (${at(measured)} B) plus the headroom`),
      raised: false,
    };
  if (measured <= before.bytes) return { bytes: before.bytes, ...(before.reason ? { reason: before.reason } : {}), raised: false };
  return { bytes: proposed, ...(reason ? { reason } : {}), raised: true };
}
