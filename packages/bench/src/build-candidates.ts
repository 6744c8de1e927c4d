// Builds the alternatives a newsroom would otherwise use into single ES files under .out/candidates/
// (chart libraries for both elements; the gauge-only peers, Web Awesome's and Shoelace's progress
// rings and JustGage, for the gauge alone),
// with the settings of the widgets' embed build (vite 8 library mode, ES, es2022, minified, rolldown's
// output minifier on). `process.env.NODE_ENV` is set to production as any application bundler does
// (ECharts reads it; the widgets do not).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { BENCH_ROOT, OUT_DIR } from './paths.ts';

const LIBRARIES = ['vanilla', 'echarts', 'chartjs', 'webawesome', 'shoelace', 'justgage'] as const;
export type Library = (typeof LIBRARIES)[number];
export const SCENARIOS = ['gauge', 'map', 'both'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const MODULES: Record<Library, { gauge: string; map?: string }> = {
  vanilla: { gauge: 'vanilla-gauge.ts', map: 'vanilla-cell-map.ts' },
  echarts: { gauge: 'echarts-gauge.ts', map: 'echarts-cell-map.ts' },
  chartjs: { gauge: 'chartjs-gauge.ts', map: 'chartjs-cell-map.ts' },
  webawesome: { gauge: 'webawesome-gauge.ts' },
  shoelace: { gauge: 'shoelace-gauge.ts' },
  justgage: { gauge: 'justgage-gauge.ts' },
};

/** The scenarios a library is built for: all three when it draws a map too, else the gauge alone. */
export function libraryScenarios(library: Library): readonly Scenario[] {
  return MODULES[library].map ? SCENARIOS : ['gauge'];
}

const CANDIDATES_DIR = join(OUT_DIR, 'candidates');
const ENTRIES_DIR = join(OUT_DIR, 'entries');

/** File name of a built alternative, e.g. `echarts-gauge.js`. */
export function candidateFile(library: Library, scenario: Scenario): string {
  return `${library}-${scenario}.js`;
}

/** Tag names the alternative registers. */
export function candidateTags(library: Library): { gauge: string; map: string } {
  return { gauge: `bench-${library}-gauge`, map: `bench-${library}-map` };
}

async function buildOne(library: Library, scenario: Scenario, outDir: string): Promise<void> {
  const name = `${library}-${scenario}`;
  const entry = join(ENTRIES_DIR, `${name}.ts`);
  const { gauge, map } = MODULES[library];
  const modules = scenario === 'gauge' ? [gauge] : scenario === 'map' ? [map!] : [gauge, map!];
  const source = join(BENCH_ROOT, 'src', 'candidates');
  writeFileSync(entry, modules.map((m) => `import '${relative(ENTRIES_DIR, join(source, m)).replaceAll('\\', '/')}';\n`).join(''));
  await build({
    configFile: false,
    root: BENCH_ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    // The production builds of packages with a `development` export condition (Lit's), whatever
    // NODE_ENV the caller runs under (vitest sets `test`, which would pick Lit's dev build).
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}

/** Builds `libraries` (every alternative by default) for each scenario they draw into `outDir`; returns it. */
export async function buildCandidates(libraries: readonly Library[] = LIBRARIES, outDir = CANDIDATES_DIR): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(ENTRIES_DIR, { recursive: true });
  for (const library of libraries) for (const scenario of libraryScenarios(library)) await buildOne(library, scenario, outDir);
  return outDir;
}
