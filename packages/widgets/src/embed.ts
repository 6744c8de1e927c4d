// The hosted script (dist/embed/chitieu.js, served at /widgets/v1/chitieu.js with a short cache): a
// loader of a few hundred bytes. It imports an element's content-hashed chunks (cached for a year)
// only when the page holds that element, now or later, so a page with one gauge never downloads the
// map. The elements share the chunk with Lit and the domain code. Loading it twice is harmless.
// The heights it reserves are the embed contract's (@chitieu/embed); the elements' own min-heights
// (their .styles.ts, kept apart so the loader does not import them) match them: embed.test.ts checks.
import { watchElements, type ElementImport } from './internal/element-loader.ts';
import { RESERVED_HEIGHTS, type EmbedElement } from '@chitieu/embed';

/**
 * For each element, the chunks its own chunk imports, as URLs relative to this script: written in by
 * the build (vite-plugins/element-chunks.ts), e.g. `{"party-target-gauge":["./chunks/shared-….js"]}`.
 * Undefined where the sources run unbuilt (Storybook), which needs none.
 */
declare const __CHITIEU_ELEMENT_CHUNKS__: Readonly<Record<string, readonly string[]>> | undefined;

/**
 * Imports an element's chunk and, at the same time, the chunks it imports, so the browser fetches
 * them all at once instead of discovering the shared chunk only once the element's has arrived.
 */
const withItsChunks =
  (tag: string, element: ElementImport): ElementImport =>
  () =>
    Promise.all([
      ...(typeof __CHITIEU_ELEMENT_CHUNKS__ === 'object' ? __CHITIEU_ELEMENT_CHUNKS__[tag]! : []).map(
        (url) => import(/* @vite-ignore */ url) as Promise<unknown>,
      ),
      element(),
    ]);

const ELEMENTS = {
  'party-target-gauge': withItsChunks('party-target-gauge', () => import('./party-target-gauge/define.ts')),
  'party-cell-map': withItsChunks('party-cell-map', () => import('./party-cell-map/define.ts')),
  'party-target-ranking': withItsChunks('party-target-ranking', () => import('./party-target-ranking/define.ts')),
} satisfies Record<EmbedElement, ElementImport>;

/**
 * Until an element's chunk arrives it is an unknown inline element showing the journalist's text;
 * this sheet gives it the block and the height the element will have, for embed codes without a
 * `style` of their own. A constructed sheet, so a strict style-src allows it; `:where()`, so any rule
 * of the page's own wins.
 */
function reserveSpace(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    Object.entries(RESERVED_HEIGHTS)
      .map(([tag, height]) => `:where(${tag}:not(:defined)){display:flex;flex-direction:column;min-height:${height}}`)
      .join(''),
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const loaded = globalThis as { __chitieuLoader?: true };
if (!loaded.__chitieuLoader) {
  loaded.__chitieuLoader = true;
  reserveSpace();
  watchElements(document, ELEMENTS);
}
