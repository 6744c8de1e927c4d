// Two builds of the same sources. The default one is the npm library: one module per element plus
// the classes, Lit left to the consumer's bundler. `--mode embed` is what a newsroom page loads with
// one tag (dist/embed/, served by the API at /widgets/v1/): the loader chitieu.js under a fixed name,
// and content-hashed chunks under chunks/ that it imports on demand: one per element, what the
// elements share (their base, the domain code), and lit-html for the ranking, the one element that still renders Lit templates. The loader fetches an element's chunk and the chunks it imports
// at once (vite-plugins/element-chunks.ts), not one after the other.
import { defineConfig, type Rolldown } from 'vite';
import { elementChunks, elementOf } from './vite-plugins/element-chunks.ts';
import { loaderOwnCopy } from './vite-plugins/loader-own-copy.ts';
import { minifyLiterals } from './vite-plugins/minify-literals.ts';
import { pureDomainSchemas } from './vite-plugins/pure-schemas.ts';

const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  'party-target-gauge': 'src/party-target-gauge/define.ts',
  'party-cell-map': 'src/party-cell-map/define.ts',
  'party-target-ranking': 'src/party-target-ranking/define.ts',
};

/**
 * What only the ranking uses: lit-html (only it renders Lit templates, src/internal/lit-render.ts),
 * so a page of gauges or maps never downloads it. A module here must import nothing but lit-html:
 * the group takes in what its modules import. So the ranking's innerMarkup directive is not here (it
 * imports the `chitieu` Trusted Types policy, trusted-html.ts, which the map uses too and which must
 * therefore be in `shared`): only the ranking imports it, so it is in the ranking's own chunk.
 */
const TEMPLATES = /[\\/]node_modules[\\/](?:.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?lit(?:-html)?[\\/]|[\\/]src[\\/]internal[\\/]lit-render\.ts$/;

/**
 * `chunks/party-target-gauge-[hash].js` for an element's own chunk, `chunks/templates-[hash].js` for
 * lit-html (the ranking's), `chunks/shared-[hash].js` for the rest of what elements share.
 */
function embedChunkName(chunk: Rolldown.PreRenderedChunk): string {
  return `chunks/${elementOf(chunk) ?? (chunk.name === 'templates' ? 'templates' : 'shared')}-[hash].js`;
}

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  return {
    plugins: [pureDomainSchemas(), ...(embed ? [minifyLiterals(), elementChunks(), loaderOwnCopy()] : [])],
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
                // One chunk for everything two or more elements use (the base class, the domain's shared
                // rules and words), and one for lit-html, which only the ranking uses: a page
                // fetches the loader, those chunks its elements import and its elements' own, never a
                // chunk per combination of elements.
                codeSplitting: {
                  groups: [
                    { name: 'templates', test: TEMPLATES, priority: 2 },
                    { name: 'shared', minShareCount: 2, priority: 1 },
                  ],
                },
              },
            }
          : {
              external: [/^lit(\/|$)/, /^@lit\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/],
              output: { chunkFileNames: 'chunks/[name]-[hash].js' },
            }),
      },
    },
  };
});
