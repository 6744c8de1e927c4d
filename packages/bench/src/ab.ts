// A same-run A/B of two builds of the embed script: the render benchmark's page (render.ts) for each,
// loaded from two copies of packages/widgets/dist/embed served side by side, interleaved with the order
// rotated each round, a fresh browser context per load. Prints each build's median time to rendered
// and the median of the same-round ratios B/A with its 95 % CI: what a change's gain is judged on,
// on a shared machine where two separate runs are not comparable.
//
//   node src/ab.ts <embedDirA> <embedDirB> <gauges|maps> [rounds] [--phone]
//
// `--phone` gives every load the phone bench's profile (slow 4G, CPU 4× slower; phone.ts); without
// it, as in render.ts, there is no throttling at all: the chunks arrive at once.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser.ts';
import { CANDIDATES } from './candidates.ts';
import { ratioWithCi, spread } from './format.ts';
import { runInterleaved } from './interleave.ts';
import { benchPage } from './pages.ts';
import { loadNow } from './machine.ts';
import { EMBED_ENTRY } from './paths.ts';
import { emulatePhone } from './phone.ts';
import { RENDER_SCENARIOS, renderAt, renderContent, type RenderScenario } from './render.ts';
import { startStaticServer } from './static-server.ts';
import { pairedRatios, summarise } from './stats.ts';

export interface AbArgs {
  readonly dirs: { readonly a: string; readonly b: string };
  readonly scenario: RenderScenario;
  readonly rounds: number;
  readonly phone: boolean;
}

const USAGE = 'usage: node src/ab.ts <embedDirA> <embedDirB> <gauges|maps> [rounds] [--phone]';

/**
 * The command line's arguments; throws with the usage on anything else.
 *
 * @example parseAbArgs(['a', 'b', 'maps', '20']) // { dirs: { a: 'a', b: 'b' }, scenario: 'maps', rounds: 20, phone: false }
 */
export function parseAbArgs(argv: readonly string[]): AbArgs {
  const phone = argv.includes('--phone');
  const [a, b, scenario, rounds = '14', ...rest] = argv.filter((arg) => arg !== '--phone');
  if (!a || !b || rest.length > 0) throw new Error(USAGE);
  if (!scenario || !Object.hasOwn(RENDER_SCENARIOS, scenario)) throw new Error(`scenario must be one of ${Object.keys(RENDER_SCENARIOS).join(', ')}; ${USAGE}`);
  const n = Number(rounds);
  if (!Number.isInteger(n) || n < 1) throw new Error(`rounds must be a whole number ≥ 1, got ${rounds}; ${USAGE}`);
  return { dirs: { a, b }, scenario: scenario as RenderScenario, rounds: n, phone };
}

if (import.meta.main) {
  const args = parseAbArgs(process.argv.slice(2));
  const loadAtStart = loadNow();
  const builds = ['a', 'b'] as const;
  const mounts = Object.fromEntries(builds.map((id) => [`/${id}/`, resolve(args.dirs[id])]));
  for (const dir of Object.values(mounts)) if (!existsSync(join(dir, EMBED_ENTRY))) throw new Error(`${dir} holds no ${EMBED_ENTRY}`);
  const server = await startStaticServer({ mounts });
  const browser = await launchBrowser();
  try {
    for (const id of builds) server.page(`/${id}/${args.scenario}`, benchPage(`/${id}/${EMBED_ENTRY}`, CANDIDATES.ours, renderContent(args.scenario)));
    const once = (id: (typeof builds)[number]) =>
      renderAt(browser, `${server.origin}/${id}/${args.scenario}`, CANDIDATES.ours, args.scenario, args.phone ? emulatePhone : undefined);
    // One unmeasured load each, so neither pays for a cold Chromium.
    for (const id of builds) await once(id);
    const runs = await runInterleaved(builds, { rounds: args.rounds, minRounds: args.rounds, budgetMs: Number.POSITIVE_INFINITY }, once);
    const times = Object.fromEntries(builds.map((id) => [id, runs.get(id)!.map((r) => r.renderedMs)])) as Record<(typeof builds)[number], number[]>;
    const profile = args.phone ? 'phone profile (150 ms, 1.6 Mbit/s, CPU 4× slower)' : 'no throttling';
    console.info(`${RENDER_SCENARIOS[args.scenario].describe}, ${times.a.length} rounds, ${profile}; time to rendered:`);
    console.info(`  A ${args.dirs.a}: ${spread(summarise(times.a), 'ms')}`);
    console.info(`  B ${args.dirs.b}: ${spread(summarise(times.b), 'ms')}`);
    console.info(`  B/A, same-round ratios: ${ratioWithCi(pairedRatios(times.b, times.a))}`);
    // Above one per core, loads wait for a core: the interval assumes rounds independent, which a
    // load that comes and goes breaks; an A/A run (one folder twice) shows what the noise alone gives.
    console.info(`  1-minute load average ${loadAtStart} at the start, ${loadNow()} at the end, on ${availableParallelism()} cores`);
  } finally {
    await browser.close();
    await server.close();
  }
}
