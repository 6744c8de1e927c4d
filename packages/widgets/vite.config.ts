// Two builds of the same sources. The default one is the npm library: one module per element plus
// the classes, Lit left to the consumer's bundler. `--mode embed` is the all-in-one script a newsroom
// page loads with one tag (served by the API at /widgets/v1/chitieu.js): Lit and the domain code inside.
import { defineConfig } from 'vite';

const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  'party-target-gauge': 'src/party-target-gauge/define.ts',
  'party-cell-map': 'src/party-cell-map/define.ts',
};

export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  return {
    build: {
      target: 'es2022',
      emptyOutDir: !embed,
      sourcemap: !embed,
      minify: embed,
      reportCompressedSize: embed,
      lib: embed
        ? { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'chitieu.js' }
        : { entry: LIBRARY_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: embed
        ? { output: { minify: true, codeSplitting: false } }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/],
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // A chunk of its own, so package.json's sideEffects can name it and bundlers keep it.
              codeSplitting: { groups: [{ name: 'jitless', test: /src\/internal\/jitless\.ts$/ }] },
            },
          },
    },
  };
});
