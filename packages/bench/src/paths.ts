// Where the harness reads builds from and writes to, from this package's folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = join(BENCH_ROOT, '..', '..');
/** Scratch builds and temporary state; git-ignored. */
export const OUT_DIR = join(BENCH_ROOT, '.out');
export const WIDGETS_ROOT = join(REPO_ROOT, 'packages', 'widgets');
export const API_ROOT = join(REPO_ROOT, 'apps', 'api');
export const RENDER_ROOT = join(REPO_ROOT, 'apps', 'render');
export const BUDGETS_FILE = join(BENCH_ROOT, 'budgets.json');
export const RESULTS_FILE = join(BENCH_ROOT, 'results', 'latest.json');
export const REPORT_FILE = join(BENCH_ROOT, 'BENCHMARKS.md');
/** The report reader's scores (`pnpm --filter @chitieu/domain extract-report`), appended to BENCHMARKS.md by `pnpm bench`. */
export const READING_FIGURES_FILE = join(BENCH_ROOT, 'reading-figures.md');
/** The embed script's path under the Worker, and its entry file in the widgets build. */
export const EMBED_PATH = '/widgets/v1/';
export const EMBED_ENTRY = 'chitieu.js';

/**
 * The folder whose files the Worker serves under /widgets/v1/: the API's built public/widgets/v1
 * (what `wrangler deploy` uploads), else the widgets' embed build it is copied from.
 */
export function embedDir(): string {
  const candidates = [join(API_ROOT, 'public', 'widgets', 'v1'), join(WIDGETS_ROOT, 'dist', 'embed'), join(WIDGETS_ROOT, 'dist')];
  return candidates.find((dir) => existsSync(join(dir, EMBED_ENTRY))) ?? candidates[0]!;
}
