// The order in which a benchmark runs its candidates: round after round, every candidate once per
// round (A B C A B C …), so drift on a shared machine (another build starting, a CPU throttling)
// spreads over all candidates instead of landing on one. Bounded in rounds and in time.

/** One run of one candidate. */
export interface Step<T> {
  readonly round: number;
  readonly candidate: T;
}

/**
 * Every candidate once per round, in the given order, for `rounds` rounds.
 *
 * @example interleave(['a', 'b'], 2).map((s) => s.candidate) // ['a', 'b', 'a', 'b']
 */
export function interleave<T>(candidates: readonly T[], rounds: number): Array<Step<T>> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a whole number ≥ 1, got ${rounds}`);
  const steps: Array<Step<T>> = [];
  for (let round = 0; round < rounds; round++) for (const candidate of candidates) steps.push({ round, candidate });
  return steps;
}

export interface RunLimits {
  /** At most this many rounds. */
  readonly rounds: number;
  /** Rounds always completed, whatever the time (so every candidate has a median). */
  readonly minRounds: number;
  /** No new round starts after this many milliseconds. */
  readonly budgetMs: number;
  /** Clock in milliseconds; replaceable in tests. */
  readonly now?: () => number;
}

/**
 * Runs `measure` for each step of `interleave(candidates, rounds)`, starting no new round once the
 * time budget is spent (after `minRounds`). Returns the measurements per candidate, in run order.
 */
export async function runInterleaved<T, R>(
  candidates: readonly T[],
  limits: RunLimits,
  measure: (candidate: T, round: number) => Promise<R>,
): Promise<Map<T, R[]>> {
  const now = limits.now ?? (() => performance.now());
  const started = now();
  const results = new Map<T, R[]>(candidates.map((c) => [c, []]));
  for (const step of interleave(candidates, limits.rounds)) {
    const roundStarts = step.candidate === candidates[0];
    if (roundStarts && step.round >= limits.minRounds && now() - started > limits.budgetMs) break;
    results.get(step.candidate)!.push(await measure(step.candidate, step.round));
  }
  return results;
}
