// Puts what the elements share (their base, the load path, the domain code) into the hosted loader
// itself, so a page with one map downloads two files, chitieu.js then the map's own chunk, instead of
// three, a page of gauges (the gauge is the loader's own code: src/embed.ts) one, and the loader and
// the elements use one copy of api-base.ts and of the base.
//
// Rolldown lays the embed build out as before: the loader chitieu.js (with the gauge), one chunk per
// element it imports on demand (the map, the ranking), and one chunk, `chunks/shared-….js`, for every
// module two or more of them use (vite.config.ts). It does not put that chunk's modules in the loader
// itself: a codeSplitting group is a chunk of its own, even for the modules the loader imports
// statically (api-base.ts, the gauge's base). So, once the chunks are laid
// out and minified, this bundles the loader's code and the shared chunk's together again with Rolldown
// (which renames what would clash, as for any two modules), the loader re-exporting every export of
// the shared chunk; removes the shared chunk; and points each element chunk's import of it at the
// loader (`from"../chitieu.js"`), by position rather than by name (linkByPosition): the loader exports
// one array of the shared bindings, and each element chunk takes the ones it uses from their places in
// it; the two lists of names and aliases cost a quarter of a kilobyte, gzipped, of every page's
// download. An element chunk also loses its exports, which nothing reads (dropExports). Last, every
// file goes through `finish`, if given (the embed build's last minifying pass, compress-again.ts). A
// chunk so rewritten is named anew by its content (see below).
//
// The build fails, naming what it found, if the output is not that shape: not exactly one loader and
// one shared chunk, a chunk that is neither an element's nor the shared one, an element chunk that
// imports anything but the shared chunk, or a shared chunk that imports anything. Only the embed build
// uses it.
//
// An element chunk is content-hashed and cached for a year but imports the loader, which is not: safe,
// because the chunk never fetches the loader. It is only ever imported by a loader that is already
// running (the page's), and `../chitieu.js` resolved from the chunk's URL is that loader's own URL, so
// the browser's module map hands the chunk that instance, of the build that named the chunk.
// src/embed.ts makes sure of the second half: a loader reached by any other URL (`chitieu.js?ver=6.4`)
// only imports `./chitieu.js` and does nothing itself. And the chunk's name changes with the shared
// code and with the places it imports from: it is the hash of Rolldown's name for it (hashed while it
// still imported `shared-<hash>.js`) and of its final text, which says where the loader holds what.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, Rolldown } from 'vite';

/** The element whose `define.ts` a chunk is the facade of: `party-cell-map`, or undefined. */
export function elementOf(chunk: { facadeModuleId?: string | null }): string | undefined {
  return /src[\\/](party-[a-z-]+)[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
}

/** The shared chunk's file name: `chunks/shared-[hash].js` (vite.config.ts). */
const SHARED_CHUNK = /^chunks\/shared-[\w-]+\.js$/;

/** `"<specifier>"` as Rolldown writes it in an import or export, with any quote. */
const quoted = (specifier: string) => new RegExp(String.raw`(["'\`])${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\1`, 'g');

/** The relative specifier by which a file at `from` imports `to`, as Rolldown writes it: `./x.js` or `../x.js`. */
function specifier(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * The loader's code with the shared chunk's bundled in and all of the shared chunk's exports
 * re-exported: one module importing nothing, whose dynamic imports are left as they were.
 */
async function mergeIntoLoader(loader: Rolldown.OutputChunk, shared: Rolldown.OutputChunk): Promise<Rolldown.OutputChunk> {
  const LOADER = '\0chitieu-loader';
  const SHARED = '\0chitieu-shared';
  const sharedSpecifier = specifier(loader.fileName, shared.fileName);
  const build = await rolldown({
    input: LOADER,
    // The loader's code stays as it was: it may add exports, the shared chunk's.
    preserveEntrySignatures: 'allow-extension',
    logLevel: 'warn',
    onLog(level, log) {
      throw new Error(`merging ${shared.fileName} into ${loader.fileName}: ${level}: ${log.message}`);
    },
    plugins: [
      {
        name: 'chitieu-merge-input',
        resolveId(source, importer) {
          if (source === LOADER) return LOADER;
          if (importer === LOADER && source === sharedSpecifier) return SHARED;
          // The element chunks, imported dynamically: left to the browser, by the same specifier.
          return { id: source, external: true };
        },
        load(id) {
          if (id === LOADER) return `${loader.code}\nexport * from ${JSON.stringify(sharedSpecifier)};`;
          if (id === SHARED) return shared.code;
          return null;
        },
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', minify: true, codeSplitting: false, comments: false });
    const [merged, ...more] = output;
    if (merged?.type !== 'chunk' || more.length > 0) throw new Error(`merging ${shared.fileName} into ${loader.fileName} made ${output.length} files`);
    if (merged.imports.length > 0) throw new Error(`${loader.fileName} merged still imports ${merged.imports.join(', ')}`);
    const lost = shared.exports.filter((name) => !merged.exports.includes(name));
    if (lost.length > 0) throw new Error(`${loader.fileName} merged does not export ${lost.join(', ')}, which ${shared.fileName} did`);
    return merged;
  } finally {
    await build.close();
  }
}

/** `a as b` or `a` in an import or export clause, as minified output writes them: [name before `as`, name after]. */
function clauseEntries(clause: string, what: string): [string, string][] {
  return clause.split(',').map((entry) => {
    const names = /^([\w$]+)(?: as ([\w$]+))?$/.exec(entry.trim());
    if (!names) throw new Error(`${what}: cannot read "${entry}"`);
    return [names[1]!, names[2] ?? names[1]!];
  });
}

/** The merged loader's export clause (`export{Ge as A,g as $};`, at its end) and, for each export name, its local binding. */
function exportsOf(code: string): { at: number; locals: Map<string, string> } {
  const clause = /export\{([^}]*)\};?\s*$/.exec(code);
  if (!clause) throw new Error('the merged loader does not end in one export clause');
  return { at: clause.index, locals: new Map(clauseEntries(clause[1]!, "the merged loader's exports").map(([local, name]) => [name, local])) };
}

/** An element chunk's import of the loader: where it ends, and each imported name with the chunk's local binding for it. */
function importOf(code: string, from: string): { end: number; entries: [string, string][] } {
  const specifier = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...code.matchAll(new RegExp(String.raw`import\{([^}]*)\}from(["'\`])${specifier}\2;`, 'g'))];
  if (found.length !== 1 || found[0]!.index !== 0) throw new Error(`imports from ${from} ${found.length} times, expected once, first`);
  return { end: found[0]![0].length, entries: clauseEntries(found[0]![1]!, `the import of ${from}`) };
}

/** A short identifier that occurs nowhere in `code` (not even in a string), so it names nothing there. */
function freeName(code: string): string {
  for (let n = 0; ; n += 1) {
    const name = `$${n.toString(36)}`;
    if (!new RegExp(String.raw`(?<![\w$])\$${name.slice(1)}(?![\w$])`).test(code)) return name;
  }
}

/**
 * Links the element chunks to the merged loader by position instead of by name: the loader ends in
 * `export default[Ge,g,…]` instead of `export{Ge as A,g as $,…}`, and an element chunk starts with
 * `import $0 from"../chitieu.js";var[e,,t]=$0;` instead of `import{Ge as e,B as t}from"../chitieu.js";`.
 * Half the bytes of both lists, which every page downloads. The smallest chunk's imports come first,
 * then the next one's, so the lightest page's list has no holes. Safe because no shared module
 * reassigns a binding it exports: the array holds what the names would. The lint config
 * (@chitieu/toolchain) refuses `export let` and `export var`, and ESLint's recommended no-func-assign and
 * no-class-assign the reassignment of an exported function or class; a `let` exported by a later
 * `export { name }` is the one case no rule catches.
 */
function linkByPosition(loader: Rolldown.OutputChunk, elements: readonly Rolldown.OutputChunk[], from: (chunk: Rolldown.OutputChunk) => string): void {
  const { at, locals } = exportsOf(loader.code);
  const imports = new Map(elements.map((chunk) => [chunk, importOf(chunk.code, from(chunk))]));
  const order: string[] = [];
  const place = (local: string) => order.includes(local) || order.push(local);
  for (const chunk of [...elements].sort((a, b) => a.code.length - b.code.length)) {
    for (const [name] of imports.get(chunk)!.entries) {
      const local = locals.get(name);
      if (local === undefined) throw new Error(`${chunk.fileName} imports ${name} from ${from(chunk)}, which does not export it`);
      place(local);
    }
  }
  for (const local of [...locals.values()].sort()) place(local);
  loader.code = `${loader.code.slice(0, at)}export default[${order.join(',')}];`;
  for (const chunk of elements) {
    const { end, entries } = imports.get(chunk)!;
    const slots: string[] = [];
    for (const [name, binding] of entries) slots[order.indexOf(locals.get(name)!)] = binding;
    const all = freeName(chunk.code);
    chunk.code = `import ${all} from"${from(chunk)}";var[${Array.from(slots, (slot) => slot ?? '').join(',')}]=${all};${chunk.code.slice(end)}`;
  }
}

/**
 * An element chunk without its exports (`export{M as PartyCellMap};`, its define.ts's, for the npm
 * library's users): the loader imports it only to run it, which defines the element, and reads nothing
 * from it, and no page can name it (its name is a hash) to import it itself.
 */
function dropExports(chunk: Rolldown.OutputChunk): void {
  if (chunk.exports.length === 0) return;
  const clause = /export\{([^}]*)\};?\s*$/.exec(chunk.code);
  if (!clause) throw new Error(`${chunk.fileName} does not end in its export clause`);
  chunk.code = chunk.code.slice(0, clause.index);
  chunk.exports = [];
}

/** An 8-character hash of `parts`, as Rolldown's `[hash]` (base64url). */
const hashOf = (...parts: readonly string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 8);

/** What the embed build does last to each file a page downloads: `code` as it will be served. */
export type Finish = (fileName: string, code: string) => Promise<string>;

export function sharedInLoader(finish: Finish = async (_fileName, code) => code): Plugin {
  return {
    name: 'chitieu-shared-in-loader',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const loaders = chunks.filter((chunk) => chunk.isEntry);
      const shared = chunks.filter((chunk) => SHARED_CHUNK.test(chunk.fileName));
      if (loaders.length !== 1 || shared.length !== 1) {
        this.error(`expected one loader and one shared chunk, found loaders [${loaders.map((c) => c.fileName)}] and shared [${shared.map((c) => c.fileName)}]`);
      }
      const [loader] = loaders as [Rolldown.OutputChunk];
      const [common] = shared as [Rolldown.OutputChunk];
      if (common.imports.length > 0 || common.dynamicImports.length > 0) {
        this.error(`${common.fileName} imports ${[...common.imports, ...common.dynamicImports].join(', ')}: it must import nothing`);
      }
      const stray = loader.imports.filter((imported) => imported !== common.fileName);
      if (stray.length > 0) this.error(`${loader.fileName} imports ${stray.join(', ')} besides ${common.fileName}`);

      for (const chunk of chunks) {
        if (chunk === loader || chunk === common) continue;
        if (elementOf(chunk) === undefined) this.error(`${chunk.fileName} is neither an element's chunk nor ${common.fileName}`);
        const others = [...chunk.imports.filter((imported) => imported !== common.fileName), ...chunk.dynamicImports];
        if (others.length > 0) this.error(`${chunk.fileName} imports ${others.join(', ')}: an element chunk may import only ${common.fileName}`);
        if (chunk.imports.length === 0) continue;
        const from = quoted(specifier(chunk.fileName, common.fileName));
        const mentions = chunk.code.match(from)?.length ?? 0;
        if (mentions !== 1) this.error(`${chunk.fileName} names ${common.fileName} ${mentions} times, expected once (its import)`);
        chunk.code = chunk.code.replace(from, (_m, quote: string) => `${quote}${specifier(chunk.fileName, loader.fileName)}${quote}`);
        chunk.imports = [loader.fileName];
      }

      let merged: Rolldown.OutputChunk;
      try {
        merged = await mergeIntoLoader(loader, common);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      loader.code = merged.code;
      try {
        const elements = chunks.filter((chunk) => chunk !== loader && chunk !== common && chunk.imports.length > 0);
        linkByPosition(loader, elements, (chunk) => specifier(chunk.fileName, loader.fileName));
        for (const chunk of elements) {
          dropExports(chunk);
          chunk.code = await finish(chunk.fileName, chunk.code);
          // Its import now says where the merged loader holds each binding, which its Rolldown hash does not cover.
          const fileName = chunk.fileName.replace(/-[\w-]{8}\.js$/, `-${hashOf(chunk.fileName, chunk.code)}.js`);
          const named = quoted(specifier(loader.fileName, chunk.fileName));
          const mentions = loader.code.match(named)?.length ?? 0;
          if (mentions !== 1) throw new Error(`${loader.fileName} names ${chunk.fileName} ${mentions} times, expected once (its import)`);
          loader.code = loader.code.replace(named, (_m, quote: string) => `${quote}${specifier(loader.fileName, fileName)}${quote}`);
          loader.dynamicImports = loader.dynamicImports.map((name) => (name === chunk.fileName ? fileName : name));
          chunk.fileName = fileName;
        }
        loader.code = await finish(loader.fileName, loader.code);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      loader.imports = [];
      loader.exports = ['default'];
      // What the loader now holds, as it runs. (Rolldown keeps no change to `modules`: a reader of the
      // modules' rendered lengths, like the bench's composition of the payload, takes them before this.)
      loader.moduleIds = [...common.moduleIds, ...loader.moduleIds];
      delete bundle[common.fileName];
    },
  };
}
