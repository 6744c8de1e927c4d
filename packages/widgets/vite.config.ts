// Two builds of the same sources. The default one is the npm library: one module per element plus
// the classes, with nothing left to import (no element imports Lit). `--mode embed` is what a
// newsroom page loads with one tag (dist/embed/, served by the API at /widgets/v1/): the loader
// chitieu.js under a fixed name, holding what the elements share (their base, the domain code) and the
// gauge itself (src/embed.ts imports it), and one content-hashed chunk each for the map and the ranking
// under chunks/, which it imports on demand and which imports it back for the shared code
// (vite-plugins/shared-in-loader.ts), each file then minified once more (vite-plugins/compress-again.ts).
// A page of gauges downloads one file; a page with a map, two, one after the other. No element renders
// Lit templates: each builds its own DOM (src/internal/dom.ts), so no page downloads lit-html.
import { defineConfig, type Rolldown } from 'vite';
import { compressAgain } from './vite-plugins/compress-again.ts';
import { minifyLiterals } from './vite-plugins/minify-literals.ts';
import { pureDomainSchemas } from './vite-plugins/pure-schemas.ts';
import { elementOf, sharedInLoader } from './vite-plugins/shared-in-loader.ts';

const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  'party-target-gauge': 'src/party-target-gauge/define.ts',
  'party-cell-map': 'src/party-cell-map/define.ts',
  'party-target-ranking': 'src/party-target-ranking/define.ts',
};

/**
 * `chunks/party-cell-map-[hash].js` for an element's own chunk, `chunks/shared-[hash].js` for what the
 * loader (with the gauge) and the elements' chunks share (which vite-plugins/shared-in-loader.ts then
 * moves into the loader).
 */
function embedChunkName(chunk: Rolldown.PreRenderedChunk): string {
  return `chunks/${elementOf(chunk) ?? 'shared'}-[hash].js`;
}

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  return {
    plugins: [pureDomainSchemas(), ...(embed ? [minifyLiterals(), sharedInLoader(compressAgain)] : [])],
    build: {
      target: 'es2022',
      outDir: embed ? 'dist/embed' : 'dist',
      emptyOutDir: true,
      sourcemap: !embed,
      minify: embed,
      reportCompressedSize: embed,
      lib: embed
        ? { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'chitieu.js' }
        : { entry: LIBRARY_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // The domain builds every wire schema with zod when it loads; the elements check answers with
        // their own guards instead (src/internal/wire-guards.ts), so those calls are dead code, and
        // with them all of zod (see also vite-plugins/pure-schemas.ts).
        treeshake: { manualPureFunctions: ['z'] },
        ...(embed
          ? {
              output: {
                minify: true,
                chunkFileNames: embedChunkName,
                // One chunk for everything two or more of the loader (with the gauge) and the element
                // chunks use (the base class, the domain's shared rules and words), never a chunk per
                // combination of elements; shared-in-loader.ts then moves it into the loader: a page
                // fetches the loader and its map's or ranking's own chunk.
                codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, priority: 1 }] },
              },
            }
          : {
              output: { chunkFileNames: 'chunks/[name]-[hash].js' },
            }),
      },
    },
  };
});
