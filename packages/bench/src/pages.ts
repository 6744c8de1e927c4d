// The HTML of every benchmark page. A page loads one script (ours or an alternative) as a module and
// holds the elements inline; a classic script in <head> counts the elements that say they have drawn
// their figure and stamps `window.__rendered` with performance.now() once all have and a frame has
// been painted after that (requestAnimationFrame, then a task).
import type { Cell } from '@chitieu/domain';
import type { GaugeFixture } from './fixtures.ts';

export type ElementKind = 'gauge' | 'map';

export interface PageElements {
  /** Tag names of the gauge and the map. */
  readonly tags: { readonly gauge: string; readonly map: string };
  /** Event an element fires once it shows its figure: ours `chitieu-load`, the alternatives `bench-rendered`. */
  readonly renderedEvent: string;
}

export interface PageContent {
  readonly gauges?: readonly GaugeFixture[];
  /** Gauges fed by the API instead of inline figures. */
  readonly apiGauges?: ReadonlyArray<{ readonly org: string; readonly period: string }>;
  /** Maps of these inline cells, one per entry. */
  readonly maps?: ReadonlyArray<readonly Cell[]>;
  readonly apiMaps?: ReadonlyArray<{ readonly org: string }>;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** How many elements the page holds; the detector waits for this many. */
function elementCount(content: PageContent): number {
  return (content.gauges?.length ?? 0) + (content.apiGauges?.length ?? 0) + (content.maps?.length ?? 0) + (content.apiMaps?.length ?? 0);
}

function detector(expected: number, event: string): string {
  return `<script>
(() => {
  const seen = new Set();
  const stamp = () => requestAnimationFrame(() => setTimeout(() => { window.__rendered = performance.now(); }));
  document.addEventListener(${JSON.stringify(event)}, (e) => {
    const el = e.composedPath()[0];
    if (seen.has(el)) return;
    seen.add(el);
    if (seen.size === ${expected}) stamp();
  }, true);
  document.addEventListener('chitieu-error', (e) => { window.__failed = (window.__failed || []).concat(e.failure || 'error'); }, true);
})();
</script>`;
}

/**
 * A page showing `content` with the elements of `elements`, loading `scriptUrl` as a module. `api`
 * goes into the `api` attribute of API-fed elements when given (else they use the script's origin).
 */
export function benchPage(scriptUrl: string, elements: PageElements, content: PageContent, api?: string): string {
  const { gauge, map } = elements.tags;
  const apiAttr = api ? ` api="${escape(api)}"` : '';
  const body = [
    ...(content.gauges ?? []).map((g) => `<${gauge} value="${g.value}" target="${g.target}" label="${escape(g.label)}"></${gauge}>`),
    ...(content.apiGauges ?? []).map((g) => `<${gauge} org="${escape(g.org)}" period="${escape(g.period)}"${apiAttr}></${gauge}>`),
    ...(content.maps ?? []).map((_, i) => `<${map} data-cells="${i}" label="Bản đồ ${i + 1}"></${map}>`),
    ...(content.apiMaps ?? []).map((m) => `<${map} org="${escape(m.org)}"${apiAttr}></${map}>`),
  ].join('\n');
  // Inline cells are set as a property before the element is defined, as a page's own script would.
  const cells = content.maps?.length
    ? `<script>
const CELLS = ${JSON.stringify(content.maps)};
for (const el of document.querySelectorAll('[data-cells]')) el.cells = CELLS[Number(el.dataset.cells)];
</script>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>
${detector(elementCount(content), elements.renderedEvent)}
<script type="module" src="${escape(scriptUrl)}"></script>
<style>body{margin:0;font-family:system-ui;display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:8px}${map}{grid-column:1/-1}</style>
</head><body>
${body}
${cells}
</body></html>`;
}

/**
 * A page holding one `<tag org period api>` element fed by `api` (a ranking), loading `scriptUrl`,
 * with the same detector as every other page.
 */
export function rankingPage(scriptUrl: string, tag: string, renderedEvent: string, api: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>
${detector(1, renderedEvent)}
<script type="module" src="${escape(scriptUrl)}"></script>
</head><body style="margin:0;font-family:system-ui;max-width:640px">
<${tag} org="dang-bo-minh-hoa" period="2024" api="${escape(api)}"></${tag}>
</body></html>`;
}

declare global {
  interface Window {
    __rendered?: number;
    __failed?: string[];
  }
}
