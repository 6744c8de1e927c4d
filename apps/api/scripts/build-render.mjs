// Bundles the image render Worker (apps/render) for the API's tests, which run it beside the API as an
// auxiliary Worker behind the RENDER service binding, exactly as `pnpm start` does. Built with the
// render package's own wrangler into a folder of the tests' own (test/.render), as test/.assets is.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const renderRoot = join(root, '..', 'render');

/** Builds the render Worker into `outDir` and returns its Miniflare worker options (`miniflare.workers[]`). */
export function buildRenderWorker({ outDir = join(root, 'test', '.render') } = {}) {
  const wrangler = join(renderRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_LOG: 'error' };
  rmSync(outDir, { recursive: true, force: true });
  const { status, stdout, stderr } = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', outDir], { cwd: renderRoot, env, encoding: 'utf8' });
  if (status !== 0) throw new Error(`building apps/render failed:\n${stdout}\n${stderr}`);
  return {
    // The name the API's wrangler.jsonc binds RENDER to.
    name: 'chitieu-render',
    compatibilityDate: '2026-11-09',
    modulesRoot: outDir,
    // The entry first, then what it imports: resvg's wasm and the fonts, as wrangler bundled them.
    modules: [
      { type: 'ESModule', path: join(outDir, 'index.js') },
      ...readdirSync(outDir)
        .filter((file) => file.endsWith('.wasm') || file.endsWith('.ttf'))
        .map((file) => ({ type: file.endsWith('.wasm') ? 'CompiledWasm' : 'Data', path: join(outDir, file) })),
    ],
  };
}
