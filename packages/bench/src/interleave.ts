// The order in which a benchmark runs its candidates: round after round, every candidate once per
// round, the order rotated by one each round (A B C, B C A, C A B, …), so drift on a shared machine
// (another build starting, a CPU throttling) spreads over all candidates instead of landing on one,
// and no candidate always runs first (cold) or always right after the same neighbour. Bounded in
// rounds and in time.

/** One run of one candidate. */
export interface Step<T> {
  readonly round: number;
  readonly candidate: T;
}

/**
 * Every candidate once per round for `rounds` rounds; round r starts at candidate r (mod their
 * number) and goes on in the given order, wrapping around.
 *
 * @example interleave(['a', 'b', 'c'], 2).map((s) => s.candidate) // ['a', 'b', 'c', 'b', 'c', 'a']
 */
export function interleave<T>(candidates: readonly T[], rounds: number): Array<Step<T>> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a whole number ≥ 1, got ${rounds}`);
  const steps: Array<Step<T>> = [];
  const n = candidates.length;
  for (let round = 0; round < rounds; round++) for (let i = 0; i < n; i++) steps.push({ round, candidate: candidates[(round + i) % n]! });
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
 * time budget is spent (after `minRounds`). Returns the measurements per candidate, in run order:
 * index i of every candidate's list is round i, so same-round ratios pair them by index.
 */
export async function runInterleaved<T, R>(
  candidates: readonly T[],
  limits: RunLimits,
  measure: (candidate: T, round: number) => Promise<R>,
): Promise<Map<T, R[]>> {
  const now = limits.now ?? (() => performance.now());
  const started = now();
  const results = new Map<T, R[]>(candidates.map((c) => [c, []]));
  let round = -1;
  for (const step of interleave(candidates, limits.rounds)) {
    const roundStarts = step.round !== round;
    round = step.round;
    if (roundStarts && step.round >= limits.minRounds && now() - started > limits.budgetMs) break;
    results.get(step.candidate)!.push(await measure(step.candidate, step.round));
  }
  return results;
}
