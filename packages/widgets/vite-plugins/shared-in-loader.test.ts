// The merge of the shared chunk into the loader (shared-in-loader.ts), on small hand-written bundles
// shaped as Rolldown's output: what it does to a bundle of the expected shape, and that it fails the
// build, naming the problem, on any other. The real build's output is checked in the browser
// (src/embed.test.ts).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { sharedInLoader, type Finish } from './shared-in-loader.ts';

const LOADER = 'chitieu.js';
const SHARED = 'chunks/shared-AAAAAAAA.js';
const RANKING = 'chunks/party-target-ranking-BBBBBBBB.js';
const MAP = 'chunks/party-cell-map-CCCCCCCC.js';

function chunk(fileName: string, code: string, fields: Partial<Rolldown.OutputChunk> = {}): Rolldown.OutputChunk {
  const element = /chunks\/(party-[a-z-]+)-/.exec(fileName)?.[1];
  return {
    type: 'chunk',
    fileName,
    code,
    imports: [],
    dynamicImports: [],
    moduleIds: [],
    exports: [],
    isEntry: false,
    facadeModuleId: element ? `/repo/packages/widgets/src/${element}/define.ts` : null,
    ...fields,
  } as Rolldown.OutputChunk;
}

/**
 * A bundle as the embed build lays it out: loader and shared chunk both with a top-level `e` and `t`
 * (as minified chunks always have), elements importing the shared chunk.
 */
function bundle(): Record<string, Rolldown.OutputChunk> {
  return {
    [LOADER]: chunk(
      LOADER,
      `import{a as e}from"./${SHARED}";var t=2;const n={"party-target-ranking":()=>import("./${RANKING}"),"party-cell-map":()=>import("./${MAP}")};globalThis.__loaded=[e(),t,Object.keys(n)];`,
      {
        isEntry: true,
        imports: [SHARED],
        dynamicImports: [RANKING, MAP],
        moduleIds: ['/repo/packages/widgets/src/embed.ts'],
      },
    ),
    [SHARED]: chunk(SHARED, 'var e=1;function t(){return e}class n{}export{t as a,n as b};', {
      moduleIds: ['/repo/packages/domain/src/format.ts'],
      exports: ['a', 'b'],
    }),
    [RANKING]: chunk(RANKING, `import{a as e,b as t}from"./shared-AAAAAAAA.js";export const ranking=[e(),new t];`, { imports: [SHARED] }),
    [MAP]: chunk(MAP, "import{b as e}from'./shared-AAAAAAAA.js';export const map=new e;", { imports: [SHARED] }),
  };
}

/** Runs the plugin's generateBundle on `files`, as Vite would; `error` throws as Vite's does. */
async function run(files: Record<string, Rolldown.OutputChunk>, finish?: Finish): Promise<void> {
  const hook = sharedInLoader(finish).generateBundle as (this: unknown, options: unknown, bundle: unknown) => Promise<void>;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  await hook.call(context, {}, files);
}

describe('sharedInLoader', () => {
  it('bundles the shared chunk into the loader, which re-exports its exports, and points the elements at the loader', async () => {
    const files = bundle();
    await run(files);
    expect(Object.keys(files).sort()).toEqual([LOADER, MAP, RANKING].sort());
    const loader = files[LOADER]!;
    expect(loader.imports).toEqual([]);
    expect(loader.code).not.toMatch(/shared-/);
    expect(loader.code).toContain(`./${files[RANKING]!.fileName}`);
    // Linked by position: the loader's array holds the shared chunk's `n` (export `b`, now `t`), which the
    // smaller chunk, the map's, imports, then its `t` (export `a`, now `e`).
    expect(loader.code).toMatch(/export default\[t,e\];$/);
    expect(files[RANKING]!.code).toBe('import $0 from"../chitieu.js";var[t,e]=$0;export const ranking=[e(),new t];');
    expect(files[MAP]!.code).toBe('import $0 from"../chitieu.js";var[e]=$0;export const map=new e;');
    expect(files[RANKING]!.imports).toEqual([LOADER]);
    // Its modules are the shared chunk's, then its own (as they run).
    expect(loader.moduleIds).toEqual(['/repo/packages/domain/src/format.ts', '/repo/packages/widgets/src/embed.ts']);
    expect(loader.exports).toEqual(['default']);

    // The merged loader runs, the two top-level `e`s and `t`s kept apart.
    const merged = (await import(`data:text/javascript,${encodeURIComponent(loader.code)}`)) as { default: [unknown, () => number] };
    expect((globalThis as { __loaded?: unknown }).__loaded).toEqual([1, 2, ['party-target-ranking', 'party-cell-map']]);
    expect(Object.keys(merged)).toEqual(['default']);
    expect(merged.default[1]()).toBe(1);
  });

  it('names each element chunk anew by its content, and the chunks run against the loader', async () => {
    const files = bundle();
    await run(files);
    const loader = files[LOADER]!;
    const ranking = files[RANKING]!;
    const map = files[MAP]!;
    for (const [element, chunk] of [
      ['party-target-ranking', ranking],
      ['party-cell-map', map],
    ] as const) {
      const laidOut = element === 'party-target-ranking' ? RANKING : MAP;
      expect(chunk.fileName).toBe(`chunks/${element}-${createHash('sha256').update(`${laidOut}\n${chunk.code}`).digest('base64url').slice(0, 8)}.js`);
    }
    expect(ranking.fileName).not.toBe(RANKING);
    // The loader imports them by their new names only.
    expect(loader.code).toContain(`./${ranking.fileName}`);
    expect(loader.code).toContain(`./${map.fileName}`);
    expect(loader.code).not.toContain(RANKING);
    expect(loader.dynamicImports).toEqual([ranking.fileName, map.fileName]);

    // Written out as served, an element chunk gets the shared chunk's bindings from the loader.
    const dir = await mkdtemp(join(tmpdir(), 'chitieu-merge-'));
    try {
      await writeFile(join(dir, 'package.json'), '{"type":"module"}');
      await mkdir(join(dir, 'chunks'));
      for (const chunk of [loader, ranking, map]) await writeFile(join(dir, chunk.fileName), chunk.code);
      const { ranking: made } = (await import(/* @vite-ignore */ pathToFileURL(join(dir, ranking.fileName)).href)) as { ranking: [number, object] };
      expect(made[0]).toBe(1);
      const { map: built } = (await import(/* @vite-ignore */ pathToFileURL(join(dir, map.fileName)).href)) as { map: object };
      expect(Object.getPrototypeOf(made[1])).toBe(Object.getPrototypeOf(built));
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('finishes the loader and every element chunk, naming an element chunk by its finished text', async () => {
    const files = bundle();
    await run(files, async (fileName, code) => `${code}/*${fileName}*/`);
    expect(files[LOADER]!.code).toMatch(/export default\[t,e\];\/\*chitieu\.js\*\/$/);
    for (const [laidOut, chunk] of [
      [RANKING, files[RANKING]!],
      [MAP, files[MAP]!],
    ] as const) {
      expect(chunk.code.endsWith(`;/*${laidOut}*/`)).toBe(true);
      expect(chunk.fileName).toBe(
        laidOut.replace(/-\w{8}\.js$/, `-${createHash('sha256').update(`${laidOut}\n${chunk.code}`).digest('base64url').slice(0, 8)}.js`),
      );
      expect(files[LOADER]!.code).toContain(`./${chunk.fileName}`);
    }
  });

  it("names the loader's array by a name the chunk does not use", async () => {
    const files = bundle();
    files[RANKING]!.code = 'import{a as e,b as t}from"./shared-AAAAAAAA.js";export const ranking=[e(),new t,`$0`];';
    await run(files);
    expect(files[RANKING]!.code).toBe('import $1 from"../chitieu.js";var[t,e]=$1;export const ranking=[e(),new t,`$0`];');
  });

  it('leaves an element chunk without the exports no page can import', async () => {
    const files = bundle();
    files[RANKING]!.code =
      'import{a as e,b as t}from"./shared-AAAAAAAA.js";var n=class extends t{};customElements.define(`party-target-ranking`,n);export{n as PartyTargetRanking};';
    files[RANKING]!.exports = ['PartyTargetRanking'];
    await run(files);
    expect(files[RANKING]!.code).toBe('import $0 from"../chitieu.js";var[t,e]=$0;var n=class extends t{};customElements.define(`party-target-ranking`,n);');
    expect(files[RANKING]!.exports).toEqual([]);
    const odd = bundle();
    odd[MAP]!.exports = ['map'];
    await expect(run(odd)).rejects.toThrow(`${MAP} does not end in its export clause`);
  });

  it('fails when an element chunk imports a name the shared chunk does not export', async () => {
    const files = bundle();
    files[MAP]!.code = "import{c as e}from'./shared-AAAAAAAA.js';export const map=new e;";
    await expect(run(files)).rejects.toThrow(/imports c from \.\.\/chitieu\.js, which does not export it/);
  });

  it('fails when there is no shared chunk, or more than one', async () => {
    const none = bundle();
    delete none[SHARED];
    await expect(run(none)).rejects.toThrow(/one loader and one shared chunk.*shared \[\]/);
    const two = bundle();
    two['chunks/shared-DDDDDDDD.js'] = chunk('chunks/shared-DDDDDDDD.js', 'export const x=1;');
    await expect(run(two)).rejects.toThrow(/shared \[chunks\/shared-AAAAAAAA.js,chunks\/shared-DDDDDDDD.js\]/);
  });

  it('fails on a chunk that is neither an element’s nor the shared one', async () => {
    const files = bundle();
    files['chunks/lit-EEEEEEEE.js'] = chunk('chunks/lit-EEEEEEEE.js', 'export const html=1;');
    await expect(run(files)).rejects.toThrow(/chunks\/lit-EEEEEEEE.js is neither an element's chunk/);
  });

  it('fails on an element chunk that imports anything besides the shared chunk', async () => {
    const files = bundle();
    files[RANKING]!.imports = [SHARED, MAP];
    await expect(run(files)).rejects.toThrow(`${RANKING} imports ${MAP}`);
  });

  it('fails on a shared chunk that imports anything', async () => {
    const files = bundle();
    files[SHARED]!.imports = [LOADER];
    await expect(run(files)).rejects.toThrow(`${SHARED} imports ${LOADER}`);
  });

  it('fails when an element chunk names the shared chunk other than once', async () => {
    const files = bundle();
    files[RANKING]!.code = 'export const ranking=1;';
    await expect(run(files)).rejects.toThrow(`${RANKING} names ${SHARED} 0 times`);
  });

  it('fails when the loader imports something besides the shared chunk', async () => {
    const files = bundle();
    files[LOADER]!.imports = [SHARED, 'chunks/extra-FFFFFFFF.js'];
    await expect(run(files)).rejects.toThrow(`${LOADER} imports chunks/extra-FFFFFFFF.js besides ${SHARED}`);
  });
});
