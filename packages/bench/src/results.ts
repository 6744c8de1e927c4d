// The shape of results/latest.json: every figure of one `pnpm bench` run, which BENCHMARKS.md renders.
import type { BudgetId } from './budgets.ts';
import type { Scenario } from './build-candidates.ts';
import type { CandidateId } from './candidates.ts';
import type { CompressedSize } from './compressed-size.ts';
import type { NationalResult } from './api-national.ts';
import type { EndpointId, Probe } from './api-throughput.ts';
import type { LayoutShiftRun } from './layout-shift-bench.ts';
import type { Machine } from './machine.ts';
import type { PhoneFigures } from './phone.ts';
import type { RenderScenario } from './render.ts';
import type { ApiOriginRequest } from './requests.ts';
import type { Summary } from './stats.ts';

export type Unavailable = { readonly available: false; readonly reason: string };

export interface PayloadRow extends CompressedSize {
  readonly candidate: CandidateId;
  readonly scenario: Scenario;
  readonly transferred: number;
  readonly files: ReadonlyArray<{ readonly path: string } & CompressedSize>;
  /** Loads measured; the file set was the same in each. */
  readonly loads: number;
  readonly stable: boolean;
}

export interface RenderRow {
  readonly scenario: RenderScenario;
  readonly candidate: CandidateId;
  readonly renderedMs: Summary;
  readonly heapBytes: Summary;
  /** Main thread busy until rendered (all tasks), ms. */
  readonly busyMs: Summary;
  readonly styleAndLayoutMs: Summary;
  /** When the last script finished arriving, ms since navigation. */
  readonly scriptsLoadedMs: Summary;
  /** Per round: this candidate's time over the floor's in the same round; median and 95 % CI of those ratios. */
  readonly timesVanilla: Summary;
  /** Per round: ECharts' time over this candidate's (how many times faster than ECharts); median and 95 % CI. */
  readonly fasterThanEcharts: Summary;
}

export interface ApiRow {
  readonly endpoint: EndpointId;
  readonly describe: string;
  readonly requestsPerSecond: Summary;
  readonly p50Ms: Summary;
  readonly p99Ms: Summary;
  /** Per round: this endpoint's req/s over health's in the same round; median and 95 % CI (pairedRatios). */
  readonly ratioToHealth: Summary;
  /** This endpoint's median req/s over health's median req/s. */
  readonly ratioOfMedians: number | null;
  readonly unexpected: number;
  readonly errors: number;
}

export interface WorkerRow {
  readonly app: string;
  readonly raw: number;
  readonly gzip: number;
  readonly reportedGzipKib: number | null;
  readonly modules: readonly string[];
  /** Bytes before gzip per package (esbuild metafile), largest first. */
  readonly packages: ReadonlyArray<{ readonly name: string; readonly bytes: number }>;
  readonly startupActiveMs: Summary | null;
  readonly startupNote: string;
}

export interface TargetRow {
  readonly id: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean | null;
  /** How far from the goal, in words (empty when met). */
  readonly gap: string;
  readonly why: string;
  /** For a miss: what we would do next (targets.ts NEXT_STEPS). */
  readonly next?: string;
}

export interface BudgetRow {
  readonly id: BudgetId;
  readonly what: string;
  readonly measured: number | null;
  readonly budget: number | null;
  readonly target: number | null;
  readonly ok: boolean | null;
}

export interface Results {
  readonly date: string;
  readonly durationSeconds: number;
  readonly machine: Machine & { readonly chromium: string; readonly wrangler: string };
  readonly commands: readonly string[];
  readonly payload: {
    readonly servedFrom: string;
    readonly rows: readonly PayloadRow[];
    readonly chunkGraph: {
      readonly entry: CompressedSize & { readonly files: readonly string[] };
      readonly reachable: CompressedSize & { readonly files: readonly string[] };
      readonly missing: readonly string[];
    };
    /** The budget check's method (API held open) gives the same files as the live page. */
    readonly offlineAgrees: boolean;
    readonly composition: ReadonlyArray<{
      readonly scenario: Scenario;
      readonly packages: ReadonlyArray<{ readonly name: string; readonly gzip: number }>;
      readonly modules: ReadonlyArray<{ readonly name: string; readonly gzip: number }>;
    }>;
  };
  readonly render: {
    readonly rows: readonly RenderRow[];
    readonly renderedMeans: Readonly<Record<CandidateId, string>>;
    /** Rounds actually run per scenario (the time budget can stop a scenario early). */
    readonly rounds: Readonly<Record<RenderScenario, number>>;
  };
  readonly requests: {
    readonly sameFigure: { readonly gauges: number; readonly apiReads: readonly number[] };
    readonly gaugeAndMap: {
      readonly apiReads: readonly number[];
      readonly requests: readonly ApiOriginRequest[];
      readonly sharedScripts: readonly string[];
      readonly sharedScriptGzip: number;
    };
  };
  readonly layoutShift: {
    readonly delayMs: number;
    readonly demo: Unavailable | { readonly available: true; readonly runs: readonly LayoutShiftRun[] };
    /** The widgets README's embed code pasted into a plain article on another origin. */
    readonly snippet: readonly LayoutShiftRun[];
  };
  readonly api: {
    readonly seconds: number;
    readonly connections: number;
    readonly rounds: number;
    readonly probes: readonly Probe[];
    readonly rows: readonly ApiRow[];
  };
  readonly worker: { readonly api: WorkerRow; readonly render: WorkerRow | Unavailable };
  /** The same reads on the seed's database and on one with a synthetic country (issue 12, part 4); absent in older results. */
  readonly national?: NationalResult;
  /** <party-target-ranking> (issue 13): its payload, and 40 rows rendered against a vanilla floor; absent in older results. */
  readonly ranking?: {
    readonly gzip: number;
    readonly files: readonly string[];
    /** Ms to rendered, ours and the floor's; `ratio`: ours over the floor's per round (pairedRatios). */
    readonly render: { readonly ours: Summary; readonly vanilla: Summary; readonly ratio: Summary; readonly rounds: number };
  };
  /** Issue 12: navigation to a visible gauge on a phone profile; absent in older results and without the render Worker. */
  readonly phone?: PhoneFigures;
  readonly targets: readonly TargetRow[];
  readonly budgets: readonly BudgetRow[];
}
