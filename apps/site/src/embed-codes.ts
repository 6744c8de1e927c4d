// The codes the builder offers a journalist, for one embed: script and tag, iframe, link (oEmbed),
// and images. Pure strings; the builder shows them and the end-to-end tests paste them into a page.
import { EMBED_ELEMENT_SPECS, embedQuery, escapeHtml, imageQuery, tagAttributes, themeDeclarations, type EmbedParams } from '@chitieu/embed';

export interface EmbedCodeInput {
  /** Where the API and its pages are: `https://chitieu.example`. */
  readonly origin: string;
  readonly params: EmbedParams;
  /** The element's height at `width`, reserved before the script runs, in CSS pixels. */
  readonly height: number;
  /** The width it is made for, in CSS pixels; null for the full width of the article's column. */
  readonly width: number | null;
  /** One sentence for readers without the element. */
  readonly summary: string;
  /** The embed's name, for the iframe's title. */
  readonly title: string;
}

export interface EmbedCodes {
  /** The script tag and the element holding the figure's static image, the summary its text alternative. */
  readonly script: string;
  /** An iframe of the embed page, plus the small script that keeps its height right. */
  readonly iframe: string;
  /** The embed page's address: pasted alone on a line, WordPress, Ghost or Drupal embed it by oEmbed. */
  readonly link: string;
  readonly png: string;
  readonly svg: string;
  /** An `<img>` of the PNG with the summary as its text alternative, for newsletters. */
  readonly image: string;
}

function attributes(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
}

/** The `style` that reserves the element's space before its script arrives, and its look. */
export function reservationStyle(input: Pick<EmbedCodeInput, 'params' | 'height' | 'width'>): string {
  const declarations = ['display:flex', 'flex-direction:column', `min-height:${Math.ceil(input.height)}px`];
  if (input.width !== null) declarations.push(`max-width:${input.width}px`);
  if (input.params.theme !== null) declarations.push(themeDeclarations(input.params.theme));
  return declarations.join(';');
}

/**
 * The element's own content: the render Worker's SVG of the same pinned figures, requested with the
 * page itself, so a reader sees the figure before the script has run (or without it: no JavaScript,
 * reader modes, feeds, platforms that strip scripts); the summary is its text alternative. The element
 * shows it in the same box until it draws its own figure (chitieu-element.ts), and the hosted loader
 * asks for no second image (embed.ts).
 *
 * `width` × the reserved height holds the box before the image arrives; `height:auto` then takes the
 * image's own proportions, never taller than the element's reserved box. `crossorigin`: asked without
 * credentials, as the module script is, so both share one connection (the API allows any origin).
 * Not `loading="lazy"`: a lazy image is not fetched by the preload scanner, only once the page is laid
 * out, so above the fold it waits for whatever the article's head holds up. On the phone bench's profile
 * (packages/bench/src/phone.ts, 7 interleaved rounds) with a 60 kB head script in the article, the gauge
 * showed at a median 1.48× the static image's time with `loading="lazy"` against 1.15× without (and the
 * same, 1.07×, with no head script at all). Below the fold the browser's own priorities already put an
 * image off screen behind those on it.
 */
function figureImage(svg: string, summary: string, width: number, height: number): string {
  return `<img src="${escapeHtml(svg)}" alt="${summary}" width="${width}" height="${Math.ceil(height)}" crossorigin="anonymous" style="max-width:100%;height:auto">`;
}

export function embedCodes(input: EmbedCodeInput): EmbedCodes {
  const { origin, params } = input;
  const tag = params.element;
  // The image is as wide as the element, or its own default width.
  const imageWidth = input.width ?? EMBED_ELEMENT_SPECS[tag].imageWidth;
  const page = `${origin}/embed/${tag}?${embedQuery(params)}`;
  const png = `${origin}/embed/${tag}.png?${imageQuery(params, imageWidth)}`;
  const svg = `${origin}/embed/${tag}.svg?${imageQuery(params, imageWidth)}`;
  const summary = escapeHtml(input.summary);
  const script = [
    `<script type="module" src="${origin}/widgets/v1/chitieu.js"></script>`,
    `<${tag}${attributes([...tagAttributes(params), ['style', reservationStyle(input)]])}>`,
    `  ${figureImage(svg, summary, imageWidth, input.height)}`,
    `</${tag}>`,
  ].join('\n');
  const frameWidth = input.width === null ? '100%' : String(input.width);
  // No `loading="lazy"` on the frame either, for the image's reason above: a lazy frame waits for the
  // article's layout, which on the phone bench put a first-screen gauge at 1.58× the static image's time
  // against 1.34× without (10 interleaved rounds each). Only the host page knows whether the code sits
  // on the first screen, and the common CMSs already act on it: WordPress gives `loading="lazy"` to a
  // post's frames that have no `loading` of their own, except those it counts as above the fold.
  const iframe = [
    `<iframe src="${escapeHtml(page)}" title="${escapeHtml(input.title)}" width="${frameWidth}" height="${Math.ceil(input.height)}" style="border:0;max-width:100%"></iframe>`,
    `<script async src="${origin}/site/v1/resize.js"></script>`,
  ].join('\n');
  const image = `<img src="${escapeHtml(png)}" alt="${summary}" width="${imageWidth}" style="max-width:100%;height:auto">`;
  return { script, iframe, link: page, png, svg, image };
}
