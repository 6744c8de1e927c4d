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
const CHUNKS = typeof __CHITIEU_ELEMENT_CHUNKS__ === 'object' ? __CHITIEU_ELEMENT_CHUNKS__ : {};
const withItsChunks =
  (tag: string, element: ElementImport): ElementImport =>
  () =>
    Promise.all([...(CHUNKS[tag] ?? []).map((url) => import(/* @vite-ignore */ url) as Promise<unknown>), element()]);

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

/**
 * Starts the figures' request of each element already on the page now, beside its chunks instead of
 * after them: the URL the element will build (api-base.ts, attributes.ts), asked the way load-json.ts
 * asks, which takes it from this map once. A URL the element would refuse is never taken.
 */
function prefetch(early: Map<string, Promise<Response>>): void {
  for (const el of document.querySelectorAll('party-target-gauge,party-cell-map,party-target-ranking')) {
    const a = (name: string) => el.getAttribute(name);
    const period = encodeURIComponent(a('period')!);
    const read = {
      'party-target-gauge': `admissions/${period}`,
      'party-cell-map': 'cells',
      'party-target-ranking': `subordinates/admissions/${period}`,
    }[el.localName]!;
    if (!a('org') || a('value') || a('cells')) continue;
    try {
      const base = new URL(a('api')?.trim() || '/', import.meta.url);
      if (!base.pathname.endsWith('/')) base.pathname += '/';
      const url = new URL(`v1/organizations/${encodeURIComponent(a('org')!)}/${read}`, base);
      // The ranking is pinned by day only; elsewhere a revision wins over a day.
      const revision = !read.startsWith('s') && a('revision');
      if (revision) url.searchParams.set('revision', revision);
      else if (a('as-of')) url.searchParams.set('asOf', a('as-of')!);
      if (early.has(url.href)) continue;
      const response = fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(1e4) });
      response.catch(() => undefined);
      early.set(url.href, response);
    } catch {
      // Not a URL: the element shows the error itself.
    }
  }
}

const loaded = globalThis as { __chitieuLoader?: true; __chitieuPrefetch?: Map<string, Promise<Response>> };
if (!loaded.__chitieuLoader) {
  loaded.__chitieuLoader = true;
  prefetch((loaded.__chitieuPrefetch = new Map()));
  reserveSpace();
  watchElements(document, ELEMENTS);
}
