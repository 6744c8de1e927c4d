import { describe, expect, it } from 'vitest';
import { importSpecifiers, resolveSpecifier, walkChunks } from './chunk-graph.ts';

describe('importSpecifiers', () => {
  it('finds the static imports of minified output, named, bare and re-exported', () => {
    const code = 'import{a as e,b as t}from"./chunks/lit-AbC1.js";import"./chunks/jitless-x.js";export{c}from"../shared-9.js";export*from"./all.mjs";';
    expect(importSpecifiers(code).static).toEqual(['./chunks/lit-AbC1.js', '../shared-9.js', './all.mjs', './chunks/jitless-x.js']);
  });

  it('finds dynamic imports and URLs resolved against import.meta.url', () => {
    const code = 'const g=()=>import("./chunks/gauge-1.js"),m=()=>import( \'./chunks/map-2.js\' );new URL("./chunks/font.js",import.meta.url)';
    expect(importSpecifiers(code)).toEqual({ static: [], dynamic: ['./chunks/gauge-1.js', './chunks/map-2.js', './chunks/font.js'] });
  });

  it('reads the template-literal specifiers rolldown writes, but not ones with substitutions', () => {
    const code = 'var r={"party-cell-map":()=>import(`./chunks/party-cell-map-DgrgDRjE.js`),x:()=>import(`./chunks/${name}.js`)}';
    expect(importSpecifiers(code).dynamic).toEqual(['./chunks/party-cell-map-DgrgDRjE.js']);
  });

  it('ignores packages, absolute URLs and non-JS files', () => {
    const code = 'import{html}from"lit";import x from"https://cdn.example/x.js";import("./data.json");const s="from";';
    expect(importSpecifiers(code)).toEqual({ static: [], dynamic: [] });
  });

  it('lists a specifier once however often it appears', () => {
    expect(importSpecifiers('import("./a.js");import("./a.js")').dynamic).toEqual(['./a.js']);
  });
});

describe('resolveSpecifier', () => {
  it('resolves against the importing file’s folder', () => {
    expect(resolveSpecifier('chitieu.js', './chunks/a.js')).toBe('chunks/a.js');
    expect(resolveSpecifier('chunks/a.js', './b.js')).toBe('chunks/b.js');
    expect(resolveSpecifier('chunks/a.js', '../c.js')).toBe('c.js');
  });

  it('refuses a path that leaves the bundle', () => {
    expect(() => resolveSpecifier('a.js', '../b.js')).toThrow(RangeError);
  });
});

describe('walkChunks', () => {
  const files = new Map([
    ['chitieu.js', 'import"./chunks/loader.js";const g=()=>import("./chunks/gauge.js"),m=()=>import("./chunks/map.js")'],
    ['chunks/loader.js', 'export const x=1'],
    ['chunks/gauge.js', 'import{l}from"./lit.js";import{d}from"./domain.js"'],
    ['chunks/map.js', 'import{l}from"./lit.js";import{d}from"./domain.js";import{t}from"./tiles.js"'],
    ['chunks/lit.js', 'import{d}from"./domain.js"'],
    ['chunks/domain.js', ''],
    ['chunks/tiles.js', ''],
  ]);
  const read = (path: string) => files.get(path) ?? null;

  it('follows static imports only, by default', () => {
    expect(walkChunks('chitieu.js', read).files).toEqual(['chitieu.js', 'chunks/loader.js']);
  });

  it('follows the dynamic imports it is told to, and their static imports, each file once', () => {
    const walk = walkChunks('chitieu.js', read, { followDynamic: (target) => target.includes('gauge') });
    expect(walk.files).toEqual(['chitieu.js', 'chunks/loader.js', 'chunks/gauge.js', 'chunks/lit.js', 'chunks/domain.js']);
    expect(walk.missing).toEqual([]);
  });

  it('reaches everything when every dynamic import is followed', () => {
    expect(walkChunks('chitieu.js', read, { followDynamic: () => true }).files).toHaveLength(files.size);
  });

  it('reports imports of files that do not exist instead of failing', () => {
    const walk = walkChunks('a.js', (p) => (p === 'a.js' ? 'import"./gone-1.js"' : null));
    expect(walk).toEqual({ files: ['a.js'], missing: [{ from: 'a.js', specifier: './gone-1.js' }] });
  });

  it('reports a missing entry', () => {
    expect(walkChunks('nope.js', () => null)).toEqual({ files: [], missing: [{ from: '', specifier: 'nope.js' }] });
  });

  it('survives import cycles', () => {
    const cyclic = new Map([
      ['a.js', 'import"./b.js"'],
      ['b.js', 'import"./a.js"'],
    ]);
    expect(walkChunks('a.js', (p) => cyclic.get(p) ?? null).files).toEqual(['a.js', 'b.js']);
  });

  it('counts the loader once when element chunks import it back for what they share (the embed build’s layout)', () => {
    const layout = new Map([
      [
        'chitieu.js',
        'var e=1;const r=()=>import(`./chunks/party-target-ranking-AAAAAAAA.js`),m=()=>import(`./chunks/party-cell-map-BBBBBBBB.js`);export{e as a}',
      ],
      ['chunks/party-target-ranking-AAAAAAAA.js', 'import{a as e}from"../chitieu.js";'],
      ['chunks/party-cell-map-BBBBBBBB.js', 'import{a as e}from"../chitieu.js";'],
    ]);
    const readLayout = (p: string) => layout.get(p) ?? null;
    expect(walkChunks('chitieu.js', readLayout).files).toEqual(['chitieu.js']);
    const map = walkChunks('chitieu.js', readLayout, { followDynamic: (target) => target.includes('map') });
    expect(map).toEqual({ files: ['chitieu.js', 'chunks/party-cell-map-BBBBBBBB.js'], missing: [] });
  });
});
