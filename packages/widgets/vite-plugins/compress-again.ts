// The embed build's last pass over each file a page downloads (shared-in-loader.ts calls it on the
// loader and on every element chunk once they are linked, before an element chunk is named by its
// content): Terser's compressor, then Oxc's minifier again. Rolldown's minifier (Oxc) keeps a function
// called once as a function and a module's constants as bindings; Terser inlines both, among others,
// and Oxc then names the result as it names the rest, which packs better than Terser's own names. About
// 150 B gzip off the page of one gauge, as much off a map's. Only Terser's safe transforms: nothing
// `unsafe`, and a property read is never assumed free of side effects (`pure_getters: false`), as the
// base's `renderRoot` getter is not. Statements joined by commas and `if`s made conditional expressions
// are left to Oxc, which makes them after and packs them better (7 B). Knows nothing about the files'
// shape: they are ES modules, that is all.
import { minify as oxcMinify } from 'rolldown/experimental';
import { minify as terser } from 'terser';

export async function compressAgain(fileName: string, code: string): Promise<string> {
  const failed = (why: unknown) => new Error(`minifying ${fileName} again: ${why instanceof Error ? why.message : String(why)}`);
  let compressed: string | undefined;
  try {
    ({ code: compressed } = await terser(code, {
      module: true,
      ecma: 2022,
      compress: { passes: 3, pure_getters: false, sequences: false, conditionals: false },
      mangle: false,
      format: { comments: false },
    }));
  } catch (error) {
    throw failed(error);
  }
  if (compressed === undefined) throw failed('Terser returned no code');
  const minified = await oxcMinify(fileName, compressed, { module: true, compress: true, mangle: { toplevel: true } });
  if (minified.errors.length > 0) throw failed(minified.errors.map((error) => error.message).join('; '));
  return minified.code;
}
