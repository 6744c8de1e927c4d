// Why our payload weighs what it does: which packages fill the chunks a page downloads. Builds the
// widgets' embed once more in memory (their vite config, `--mode embed`, nothing written) to read each
// chunk's modules and their rendered lengths, then spreads each downloaded chunk's gzip bytes over the
// packages in proportion. An estimate for explaining the figure; the figure itself is measured.
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { packageOf } from './package-of.ts';
import { OUT_DIR, WIDGETS_ROOT } from './paths.ts';

/** A module's name for a per-module breakdown: the package, or the file within a workspace package. */
export function moduleLabel(moduleId: string): string {
  const own = /\/(?:packages|apps)\/([^/]+)\/src\/(.+)$/.exec(moduleId.replaceAll('\\', '/'));
  return own ? `${own[1]}/${own[2]}` : packageOf(moduleId);
}

/** A chunk's file name without its content hash: `chunks/party-cell-map-BQR8Mf9X.js` → `chunks/party-cell-map`. */
export function unhashed(fileName: string): string {
  return fileName.replace(/-[A-Za-z0-9_-]{8}\.m?js$/, '').replace(/\.m?js$/, '');
}

export type Composition = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Per chunk file name: rendered bytes per module id. Read as Rolldown laid the chunks out, before the
 * embed build moves the shared chunk into the loader (widgets' vite-plugins/shared-in-loader.ts, after
 * which Rolldown reports only the loader's own modules): a chunk that is no longer in the output counts
 * with the loader's, the entry.
 */
export async function embedComposition(): Promise<Composition> {
  const laidOut = new Map<string, Map<string, number>>();
  const output = await build({
    root: WIDGETS_ROOT,
    mode: 'embed',
    logLevel: 'silent',
    build: { outDir: join(OUT_DIR, 'analysis'), emptyOutDir: false, write: false, reportCompressedSize: false },
    plugins: [
      {
        name: 'bench-chunk-modules',
        enforce: 'pre',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk') laidOut.set(chunk.fileName, new Map(Object.entries(chunk.modules).map(([id, module]) => [id, module.renderedLength])));
          }
        },
      },
    ],
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return foldMerged(
    laidOut,
    outputs.flatMap((o) => o.output.filter((chunk) => chunk.type === 'chunk').map((chunk) => ({ fileName: chunk.fileName, isEntry: chunk.isEntry }))),
  );
}

/** The chunks as laid out, those missing from the final output (merged into the entry) counted with the entry's. */
export function foldMerged(laidOut: Composition, final: ReadonlyArray<{ readonly fileName: string; readonly isEntry: boolean }>): Composition {
  const entries = final.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the embed build, found ${entries.length}`);
  const entry = entries[0]!.fileName;
  // A chunk the build named anew (the embed build hashes an element's chunk again once its imports name
  // the loader's bindings) is the laid-out chunk of the same name without hash.
  const laidOutAs = (fileName: string) => (laidOut.has(fileName) ? fileName : [...laidOut.keys()].find((name) => unhashed(name) === unhashed(fileName)));
  const kept = new Set(final.map((chunk) => laidOutAs(chunk.fileName)));
  const composition = new Map<string, Map<string, number>>();
  for (const { fileName } of final) composition.set(fileName, new Map(laidOut.get(laidOutAs(fileName) ?? fileName)));
  for (const [fileName, modules] of laidOut) {
    if (kept.has(fileName)) continue;
    const into = composition.get(entry)!;
    for (const [id, length] of modules) into.set(id, (into.get(id) ?? 0) + length);
  }
  return composition;
}

/**
 * Spreads the gzip bytes of downloaded files over the groups (`group(moduleId)`, by package unless
 * told otherwise) of their modules; files are matched to analysed chunks by name, then by name
 * without hash. Unmatched files count as "unattributed".
 */
export function attribute(
  composition: Composition,
  files: ReadonlyArray<{ readonly path: string; readonly gzip: number }>,
  group: (moduleId: string) => string = packageOf,
): Array<{ readonly name: string; readonly gzip: number }> {
  const byUnhashed = new Map([...composition].map(([name, packages]) => [unhashed(name), packages]));
  const totals = new Map<string, number>();
  for (const file of files) {
    const name = file.path.replace(/^.*\/widgets\/v1\//, '');
    const packages = composition.get(name) ?? byUnhashed.get(unhashed(name));
    const rendered = packages ? [...packages.values()].reduce((a, b) => a + b, 0) : 0;
    if (!packages || rendered === 0) {
      totals.set('unattributed', (totals.get('unattributed') ?? 0) + file.gzip);
      continue;
    }
    for (const [id, length] of packages) totals.set(group(id), (totals.get(group(id)) ?? 0) + (file.gzip * length) / rendered);
  }
  return [...totals].map(([name, gzip]) => ({ name, gzip: Math.round(gzip) })).sort((a, b) => b.gzip - a.gzip);
}
