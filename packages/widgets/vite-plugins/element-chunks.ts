// Writes into the hosted loader, for each element, the chunks its own chunk imports (Lit, the domain
// code), so the loader starts fetching them together with the element's chunk instead of after it:
// without this, the browser only discovers `chunks/shared-….js` once the element's chunk has arrived
// and been parsed, one round trip later.
//
// The loader (src/embed.ts) reads a free identifier, `__CHITIEU_ELEMENT_CHUNKS__` (undefined where the
// sources run unbuilt, as in Storybook); once Rolldown has laid out and minified the chunks, this
// replaces each mention with `({"party-target-gauge":["./chunks/shared-….js"],…})`, the URLs relative to
// the loader's own, as its `import()` calls resolve them, also on a page of another origin. Only the
// embed build uses it.
import { posix } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

const ELEMENT_CHUNKS = '__CHITIEU_ELEMENT_CHUNKS__';

/** The element whose `define.ts` a chunk is the facade of: `party-target-gauge`, or undefined. */
export function elementOf(chunk: { facadeModuleId?: string | null }): string | undefined {
  return /src[\\/](party-[a-z-]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
}

/** Every chunk `fileName` imports statically, directly or through another chunk, in import order. */
function staticImports(bundle: Rolldown.OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk') return [];
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticImports(bundle, imported, seen);
  }
  return [...seen];
}

export function elementChunks(): Plugin {
  return {
    name: 'chitieu-element-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const loader of Object.values(bundle)) {
        if (loader.type !== 'chunk' || !loader.isEntry) continue;
        const chunks: Record<string, string[]> = {};
        for (const fileName of loader.dynamicImports) {
          const chunk = bundle[fileName];
          const element = chunk?.type === 'chunk' ? elementOf(chunk) : undefined;
          if (element === undefined) continue;
          chunks[element] = staticImports(bundle, fileName)
            .filter((imported) => imported !== loader.fileName)
            .map((imported) => `./${posix.relative(posix.dirname(loader.fileName), imported)}`);
        }
        if (!loader.code.includes(ELEMENT_CHUNKS)) this.error(`${loader.fileName} does not read ${ELEMENT_CHUNKS}`);
        loader.code = loader.code.replaceAll(ELEMENT_CHUNKS, `(${JSON.stringify(chunks)})`);
      }
    },
  };
}
