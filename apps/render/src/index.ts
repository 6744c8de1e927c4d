/**
 * The image render Worker, called only by the API through its RENDER service binding:
 * `POST /embed/{element}.svg|.png?lang=&theme=&width=&scale=&label=` with the JSON of the API's read as the
 * body answers the element's image, drawn by the domain (SVG) and rasterised by resvg (PNG). It keeps
 * the drawing code and the wasm out of the API Worker. Errors have the API's shape.
 */
import { EMBED_ELEMENTS, isEmbedElement } from '@chitieu/embed';
import { embedImageOptions, embedSvg } from './embed-svg.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { rasterise } from './rasterise.ts';
import { readBody } from './read-body.ts';
import { RenderError } from './render-error.ts';

const ROUTE = /^\/embed\/([a-z-]+)\.(svg|png)$/;

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const [, element, format] = ROUTE.exec(url.pathname) ?? [];
  if (!element || !isEmbedElement(element)) {
    throw new RenderError(404, 'not_found', `Nothing at ${url.pathname}; POST to /embed/{${EMBED_ELEMENTS.join('|')}}.{svg|png}`);
  }
  if (request.method !== 'POST') throw new RenderError(405, 'method_not_allowed', `${request.method} is not allowed; POST the read's JSON`, { Allow: 'POST' });
  if (request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    throw new RenderError(415, 'unsupported_media_type', 'Send the read as application/json');
  }
  const options = embedImageOptions(url.searchParams);
  const svg = embedSvg(element, await readBody(request, MAX_BODY_BYTES), options);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const started = Date.now();
  const png = await rasterise(svg, options.width * options.scale);
  return new Response(png, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength), 'Server-Timing': `rasterise;dur=${Date.now() - started}` },
  });
}

export default {
  async fetch(request) {
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof RenderError) return error.toResponse();
      console.error('render failed', error);
      return new RenderError(500, 'internal_error', 'The image could not be rendered').toResponse();
    }
  },
} satisfies ExportedHandler<Env>;
