// Summary of a Worker's startup CPU profile (the `.cpuprofile` that `wrangler check startup` writes),
// computed the way wrangler prints it: sampled time split into active (not idle) and garbage collection.

/** The part of a V8 CPU profile this summary reads. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{ readonly id: number; readonly callFrame: { readonly functionName: string } }>;
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Milliseconds. */
export interface StartupSummary {
  readonly profileWindowMs: number;
  readonly sampledMs: number;
  /** Time executing the Worker's top-level code (sampled time less idle): wrangler's "Active". */
  readonly activeMs: number;
  readonly garbageCollectionMs: number;
  readonly idleMs: number;
  readonly samples: number;
}

/** @example summariseStartupProfile(JSON.parse(readFileSync('worker-startup.cpuprofile', 'utf8'))) */
export function summariseStartupProfile(profile: CpuProfile): StartupSummary {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let sampled = 0;
  let idle = 0;
  let gc = 0;
  deltas.forEach((delta, i) => {
    sampled += delta;
    const name = names.get(samples[i] ?? 0);
    if (name === '(idle)') idle += delta;
    else if (name === '(garbage collector)') gc += delta;
  });
  // Profiles count microseconds.
  return {
    profileWindowMs: (profile.endTime - profile.startTime) / 1000,
    sampledMs: sampled / 1000,
    activeMs: (sampled - idle) / 1000,
    garbageCollectionMs: gc / 1000,
    idleMs: idle / 1000,
    samples: samples.length,
  };
}
