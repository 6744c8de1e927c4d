// The merge of the shared chunk into the loader (shared-in-loader.ts), on small hand-written bundles
// shaped as Rolldown's output: what it does to a bundle of the expected shape, and that it fails the
// build, naming the problem, on any other. The real build's output is checked in the browser
// (src/embed.test.ts).
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { sharedInLoader } from './shared-in-loader.ts';

const LOADER = 'chitieu.js';
const SHARED = 'chunks/shared-AAAAAAAA.js';
const GAUGE = 'chunks/party-target-gauge-BBBBBBBB.js';
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
      `import{a as e}from"./${SHARED}";var t=2;const n={"party-target-gauge":()=>import("./${GAUGE}"),"party-cell-map":()=>import("./${MAP}")};globalThis.__loaded=[e(),t,Object.keys(n)];`,
      {
        isEntry: true,
        imports: [SHARED],
        dynamicImports: [GAUGE, MAP],
        moduleIds: ['/repo/packages/widgets/src/embed.ts'],
      },
    ),
    [SHARED]: chunk(SHARED, 'var e=1;function t(){return e}class n{}export{t as a,n as b};', {
      moduleIds: ['/repo/packages/domain/src/format.ts'],
      exports: ['a', 'b'],
    }),
    [GAUGE]: chunk(GAUGE, `import{a as e,b as t}from"./shared-AAAAAAAA.js";export const gauge=[e(),new t];`, { imports: [SHARED] }),
    [MAP]: chunk(MAP, "import{b as e}from'./shared-AAAAAAAA.js';export const map=new e;", { imports: [SHARED] }),
  };
}

/** Runs the plugin's generateBundle on `files`, as Vite would; `error` throws as Vite's does. */
async function run(files: Record<string, Rolldown.OutputChunk>): Promise<void> {
  const hook = sharedInLoader().generateBundle as (this: unknown, options: unknown, bundle: unknown) => Promise<void>;
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
    expect(Object.keys(files).sort()).toEqual([LOADER, MAP, GAUGE].sort());
    const loader = files[LOADER]!;
    expect(loader.imports).toEqual([]);
    expect(loader.code).not.toMatch(/shared-/);
    expect(loader.code).toContain(`./${GAUGE}`);
    expect(files[GAUGE]!.code).toBe('import{a as e,b as t}from"../chitieu.js";export const gauge=[e(),new t];');
    expect(files[MAP]!.code).toBe("import{b as e}from'../chitieu.js';export const map=new e;");
    expect(files[GAUGE]!.imports).toEqual([LOADER]);
    // Its modules are the shared chunk's, then its own (as they run).
    expect(loader.moduleIds).toEqual(['/repo/packages/domain/src/format.ts', '/repo/packages/widgets/src/embed.ts']);
    expect(loader.exports).toEqual(['a', 'b']);

    // The merged loader runs, the two top-level `e`s and `t`s kept apart, and exports the shared chunk's names.
    const merged = (await import(`data:text/javascript,${encodeURIComponent(loader.code)}`)) as Record<string, unknown>;
    expect((globalThis as { __loaded?: unknown }).__loaded).toEqual([1, 2, ['party-target-gauge', 'party-cell-map']]);
    expect(Object.keys(merged).sort()).toEqual(['a', 'b']);
    expect((merged.a as () => number)()).toBe(1);
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
    files[GAUGE]!.imports = [SHARED, MAP];
    await expect(run(files)).rejects.toThrow(`${GAUGE} imports ${MAP}`);
  });

  it('fails on a shared chunk that imports anything', async () => {
    const files = bundle();
    files[SHARED]!.imports = [LOADER];
    await expect(run(files)).rejects.toThrow(`${SHARED} imports ${LOADER}`);
  });

  it('fails when an element chunk names the shared chunk other than once', async () => {
    const files = bundle();
    files[GAUGE]!.code = 'export const gauge=1;';
    await expect(run(files)).rejects.toThrow(`${GAUGE} names ${SHARED} 0 times`);
  });

  it('fails when the loader imports something besides the shared chunk', async () => {
    const files = bundle();
    files[LOADER]!.imports = [SHARED, 'chunks/extra-FFFFFFFF.js'];
    await expect(run(files)).rejects.toThrow(`${LOADER} imports chunks/extra-FFFFFFFF.js besides ${SHARED}`);
  });
});
