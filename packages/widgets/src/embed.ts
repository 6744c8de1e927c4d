// The hosted script (dist/embed/chitieu.js, served at /widgets/v1/chitieu.js with a short cache): a
// loader of a few hundred bytes. It imports an element's content-hashed chunks (cached for a year)
// only when the page holds that element, now or later, so a page with one gauge never downloads the
// map. Both elements share the chunk with Lit and the domain code. Loading it twice is harmless.
import { watchElements } from './internal/element-loader.ts';
import { RESERVED_HEIGHTS } from './internal/reserved-heights.ts';

const ELEMENTS = {
  'party-target-gauge': () => import('./party-target-gauge/define.ts'),
  'party-cell-map': () => import('./party-cell-map/define.ts'),
};

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
