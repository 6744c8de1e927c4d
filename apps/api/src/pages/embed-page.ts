/**
 * The HTML of an iframe embed page (/embed/{element}): the element and nothing else, with the
 * server-rendered fallback (a summary sentence and the static image) for readers without JavaScript,
 * the oEmbed discovery link, and links that open in the reader's own window.
 */
import { embedQuery, escapeHtml, imageQuery, tagAttributes, type EmbedParams } from '@chitieu/embed';

export interface EmbedPage {
  /** This Worker's origin, for the absolute URLs the discovery link needs. */
  readonly origin: string;
  readonly params: EmbedParams;
  /** The embed's name, the page's title. */
  readonly title: string;
  /** What a reader without the element reads. */
  readonly summary: string;
  /** Width of the fallback image, in CSS pixels. */
  readonly imageWidth: number;
  /**
   * The figure already drawn as SVG (the `.svg` image's renderer), shown from the first paint in the
   * element's place until the element shows its own (embed-frame.css), or null to show the summary.
   */
  readonly figure?: string | null;
  /**
   * With a figure: the page's inline style, `drawnStyle` of the embed contract's heights for these
   * figures, so the page keeps one height from the drawn figure to the element's own; `DRAWN_CSS` when
   * absent. Given whole, so the route hashes for its Content Security Policy the very text the page holds.
   */
  readonly style?: string;
}

/** The address of an embed page: what a journalist pastes as a link, what oEmbed is asked about. */
export function embedPageUrl(origin: string, params: EmbedParams): string {
  return `${origin}/embed/${params.element}?${embedQuery(params)}`;
}

/** The oEmbed endpoint's address for an embed page. */
export function oembedUrl(origin: string, pageUrl: string): string {
  return `${origin}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
}

/**
 * A page that arrives with its figure fetches the element's code at once (modulepreload) but runs it
 * only once that figure is on screen (embed-frame.js): from the cache it would otherwise run first.
 *
 * The whole style of a page that arrives with its figure (embed-frame.css's rules that apply to it),
 * inline so no stylesheet request stands before the first paint. The
 * figure and the element share one grid cell: the figure shows until the element has its own
 * (visibility only, which moves nothing); without JavaScript the element never upgrades and the figure
 * stays. Browsers without custom states (:state) drop the last two rules and swap at definition. The
 * element keeps no height of its own while it loads (its reserved height is not this page's): the cell's
 * least height is the embed contract's for the frame's width (`drawnStyle`), the height the oEmbed
 * answer and the builder's code give the frame, so the frame keeps it from the drawn figure on.
 */
export const DRAWN_CSS = [
  'html,body{margin:0;padding:0;background:transparent}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.5}',
  '.drawn{display:grid}.drawn>*{grid-area:1/1;min-width:0;min-height:0}',
  '.drawn>:defined{display:flex;flex-direction:column}',
  '.drawn>.figure>svg{display:block;width:100%;height:auto}',
  '.drawn>:not(:defined),.drawn>:defined+.figure{visibility:hidden}',
  '.drawn>:defined:state(loading){visibility:hidden}',
  '.drawn>:defined:state(loading)+.figure{visibility:visible}',
].join('');

/**
 * The inline style of a page with its figure: `DRAWN_CSS` and the drawn cell's least height at each
 * width (the iframe's viewport is the frame), from `heights` ([from this width up, height], narrowest first).
 */
export function drawnStyle(heights: ReadonlyArray<readonly [number, number]> = []): string {
  return (
    DRAWN_CSS +
    heights.map(([from, height], i) => (i === 0 ? `.drawn{min-height:${height}px}` : `@media (min-width:${from}px){.drawn{min-height:${height}px}}`)).join('')
  );
}

/** How many styles' hashes an isolate keeps; a page's style depends only on its element's height steps, so few differ. */
export const STYLE_SOURCES_KEPT = 64;

// The hash of each style hashed lately in this isolate, least recently used first.
const styleSources = new Map<string, Promise<string>>();

async function hashedSource(css: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * An inline style's Content Security Policy source: its SHA-256 hash, as `style-src` names it. Hashed
 * once per style and isolate (the last `STYLE_SOURCES_KEPT` styles are kept), not once per request.
 */
export function styleSource(css: string): Promise<string> {
  let source = styleSources.get(css);
  if (source) {
    styleSources.delete(css);
  } else {
    source = hashedSource(css);
    source.catch(() => styleSources.get(css) === source && styleSources.delete(css));
    if (styleSources.size >= STYLE_SOURCES_KEPT) styleSources.delete(styleSources.keys().next().value!);
  }
  styleSources.set(css, source);
  return source;
}

export function renderEmbedPage(page: EmbedPage): string {
  const { params } = page;
  const tag = params.element;
  const attributes = tagAttributes(params)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const image = `/embed/${tag}.svg?${imageQuery(params, page.imageWidth)}`;
  const theme = params.theme === null ? '' : ` data-theme="${escapeHtml(params.theme)}"`;
  const discovery = oembedUrl(page.origin, embedPageUrl(page.origin, params));
  const stylesheet = '<link rel="stylesheet" href="/site/v1/embed-frame.css">';
  return `<!doctype html>
<html lang="${params.lang}"${theme}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<base target="_top">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(discovery)}" title="${escapeHtml(page.title)}">
${page.figure ? `<style>${page.style ?? DRAWN_CSS}</style>` : stylesheet}
<script src="/site/v1/embed-frame.js" defer></script>
${page.figure ? '<link rel="modulepreload" href="/widgets/v1/chitieu.js">' : '<script type="module" src="/widgets/v1/chitieu.js"></script>'}
</head>
<body>
${page.figure ? '<div class="drawn">\n' : ''}<${tag}${attributes}>
<p class="summary">${escapeHtml(page.summary)}</p>
<noscript><img class="fallback-image" src="${escapeHtml(image)}" alt="" width="${page.imageWidth}"></noscript>
</${tag}>
${page.figure ? `<div class="figure">${page.figure}</div>\n</div>\n` : ''}</body>
</html>
`;
}

/** A page in the embed's place when it cannot be shown: a readable sentence, in the reader's language. */
export function renderEmbedProblem(lang: 'vi' | 'en', text: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text)}</title>
<link rel="stylesheet" href="/site/v1/embed-frame.css">
<script src="/site/v1/embed-frame.js" defer></script>
</head>
<body>
<p class="problem">${escapeHtml(text)}</p>
</body>
</html>
`;
}
