import { describe, expect, it } from 'vitest';
import { attribute, foldMerged, moduleLabel, unhashed } from './bundle-composition.ts';

describe('unhashed', () => {
  it('drops the content hash of a chunk name', () => {
    expect(unhashed('chunks/party-cell-map-BQR8Mf9X.js')).toBe('chunks/party-cell-map');
    expect(unhashed('chunks/party-target-ranking-B18AARPs.js')).toBe('chunks/party-target-ranking');
    expect(unhashed('chitieu.js')).toBe('chitieu');
  });
});

describe('attribute', () => {
  const composition = new Map([
    ['chitieu.js', new Map([['/r/packages/widgets/src/embed.ts', 100]])],
    [
      'chunks/shared-AAAAAAAA.js',
      new Map([
        ['/r/node_modules/lit-html/lit-html.js', 300],
        ['/r/packages/domain/src/format.ts', 60],
        ['/r/packages/domain/src/messages.ts', 40],
      ]),
    ],
  ]);

  it('spreads each file’s gzip bytes over its packages in proportion to their rendered length', () => {
    const shares = attribute(composition, [
      { path: '/widgets/v1/chitieu.js', gzip: 500 },
      { path: '/widgets/v1/chunks/shared-AAAAAAAA.js', gzip: 1000 },
    ]);
    expect(shares).toEqual([
      { name: 'lit-html', gzip: 750 },
      { name: '@chitieu/widgets', gzip: 500 },
      { name: '@chitieu/domain', gzip: 250 },
    ]);
  });

  it('groups by module when asked', () => {
    const shares = attribute(composition, [{ path: '/widgets/v1/chunks/shared-AAAAAAAA.js', gzip: 400 }], moduleLabel);
    expect(shares).toEqual([
      { name: 'lit-html', gzip: 300 },
      { name: 'domain/format.ts', gzip: 60 },
      { name: 'domain/messages.ts', gzip: 40 },
    ]);
  });

  it('matches a chunk whose hash changed by its name, and says what it cannot attribute', () => {
    const shares = attribute(composition, [
      { path: '/widgets/v1/chunks/shared-BBBBBBBB.js', gzip: 400 },
      { path: '/widgets/v1/chunks/unknown-CCCCCCCC.js', gzip: 10 },
    ]);
    expect(shares).toEqual([
      { name: 'lit-html', gzip: 300 },
      { name: '@chitieu/domain', gzip: 100 },
      { name: 'unattributed', gzip: 10 },
    ]);
  });
});

describe('foldMerged', () => {
  const laidOut = new Map([
    ['chitieu.js', new Map([['/r/packages/widgets/src/embed.ts', 100]])],
    ['chunks/shared-AAAAAAAA.js', new Map([['/r/packages/domain/src/format.ts', 60]])],
    ['chunks/party-cell-map-BBBBBBBB.js', new Map([['/r/packages/widgets/src/party-cell-map/define.ts', 30]])],
  ]);

  // The map's chunk under the name Rolldown laid it out with, and under the one the build gave it anew
  // (shared-in-loader.ts renames a chunk whose import it rewrote): found by its name without hash.
  it.each(['chunks/party-cell-map-BBBBBBBB.js', 'chunks/party-cell-map-CCCCCCCC.js'])(
    'counts a chunk the build merged away (the shared one, into the loader) with the entry, the map as %s',
    (map) => {
      const folded = foldMerged(laidOut, [
        { fileName: 'chitieu.js', isEntry: true },
        { fileName: map, isEntry: false },
      ]);
      expect([...folded.keys()]).toEqual(['chitieu.js', map]);
      expect([...folded.get('chitieu.js')!]).toEqual([
        ['/r/packages/widgets/src/embed.ts', 100],
        ['/r/packages/domain/src/format.ts', 60],
      ]);
      expect([...folded.get(map)!]).toEqual([['/r/packages/widgets/src/party-cell-map/define.ts', 30]]);
    },
  );

  it('leaves the layout as it was when nothing was merged, and refuses a build without exactly one entry', () => {
    const all = [...laidOut.keys()].map((fileName) => ({ fileName, isEntry: fileName === 'chitieu.js' }));
    expect(foldMerged(laidOut, all)).toEqual(laidOut);
    expect(() =>
      foldMerged(
        laidOut,
        all.map((chunk) => ({ ...chunk, isEntry: false })),
      ),
    ).toThrow(/one entry chunk/);
  });
});
