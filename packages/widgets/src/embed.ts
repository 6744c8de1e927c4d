// The hosted script (dist/embed/chitieu.js, served at /widgets/v1/chitieu.js with a short cache): the
// loader, holding what the elements share (their base, the load path, the domain code: the embed build
// puts it here, vite-plugins/shared-in-loader.ts) and the gauge itself, the element most article pages
// hold, so a page of gauges downloads this one file and its gauges draw with no second round trip. It
// imports the map's or the ranking's content-hashed chunk (cached for a year, and importing this script
// back for the shared code) only when the page holds that element, now or later, so a page with one
// gauge never downloads the map. Loading it twice is harmless.
// The heights it reserves are the embed contract's (@chitieu/embed); the elements' own min-heights
// (their .styles.ts, of which the loader holds only the gauge's) match them: embed.test.ts checks.
import { watchElements, type ElementImport } from './internal/element-loader.ts';
import { RESERVED_HEIGHTS, type EmbedElement } from '@chitieu/embed';
import { readTimeout, readUrl } from './internal/api-base.ts';
import { defineElement } from './internal/define-element.ts';
import { PartyTargetGauge } from './party-target-gauge/party-target-gauge.ts';

/** The elements whose code is a chunk of its own, imported when the page holds one; the gauge's is the loader's. */
const ELEMENTS: Readonly<Record<Exclude<EmbedElement, 'party-target-gauge'>, ElementImport>> = {
  'party-cell-map': () => import('./party-cell-map/define.ts'),
  'party-target-ranking': () => import('./party-target-ranking/define.ts'),
};

/**
 * Until a map's or a ranking's chunk arrives it is an unknown inline element showing the journalist's
 * text (a gauge is one only until this script runs, which defines it); this sheet gives it the block
 * and the height the element will have, for embed codes without a `style` of their own. A constructed
 * sheet, so a strict style-src allows it; `:where()`, so any rule of the page's own wins.
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

/**
 * Starts the figures' request of each element already on the page that reads them from the API (none
 * inline) and is not yet defined, beside its chunk instead of after it: the URL the element will build
 * (api-base.ts, the module both import), asked the way load-json.ts asks and with the element's own
 * `timeout`; load-json.ts takes it from this map once. A URL the element would refuse is never taken.
 * A defined element (every gauge, defined by this script before it looks; any element a bundled copy
 * defined) has already asked for its figures itself: an early request would be a second one, never taken.
 */
function prefetchFigures(early: Map<string, Promise<Response>>): void {
  for (const el of document.querySelectorAll(Object.keys(RESERVED_HEIGHTS).join())) {
    const a = (name: string) => el.getAttribute(name);
    const url =
      !el.matches('[value],[cells],:defined') &&
      readUrl(el.localName as EmbedElement, { api: a('api'), org: a('org'), period: a('period'), asOf: a('as-of'), revision: a('revision') });
    if (url && !early.has(url)) {
      const response = fetch(url, {
        credentials: 'omit',
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(readTimeout(Number(a('timeout')))),
      });
      response.catch(() => {});
      early.set(url, response);
    }
  }
}

/**
 * This script's URL without a query or fragment: the one the element chunks import it by, as
 * `../chitieu.js` from their own. A page may load it by another (a CMS appends `?ver=6.4`); to the
 * browser that is another module, and a chunk importing the plain URL would download the loader again
 * and get a second instance, across a deploy even another version, whose minified exports name other
 * code. So an instance loaded by another URL only imports the plain one, which does the work, the
 * gauge's definition among it: the gauge's class is evaluated in both, but only the plain instance's is
 * defined, so the gauge and the chunks share one copy of the base and of the load path.
 */
const canonical = new URL(import.meta.url);
canonical.search = canonical.hash = '';

const loaded = globalThis as { __chitieuLoader?: true; __chitieuPrefetch?: Map<string, Promise<Response>> };
if (canonical.href !== import.meta.url) {
  void import(/* @vite-ignore */ canonical.href);
} else if (!loaded.__chitieuLoader) {
  loaded.__chitieuLoader = true;
  // The reserved box first, for the elements whose chunk is still to come.
  reserveSpace();
  // The gauges upgrade here, at once, each asking for its own figures: none waits for a chunk.
  defineElement('party-target-gauge', PartyTargetGauge);
  // A module script runs once the page is parsed: every element the page arrives with is here. Their
  // figures are asked for now, beside their chunks rather than after them.
  prefetchFigures((loaded.__chitieuPrefetch = new Map()));
  watchElements(document, ELEMENTS);
}
