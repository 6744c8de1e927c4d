/**
 * The PNG render Worker: `POST /png?width=N` with an SVG body (`image/svg+xml`) answers the PNG,
 * N px wide. Called by the API through its RENDER service binding; errors have the API's shape.
 */
import { MAX_SVG_BYTES } from './limits.ts';
import { rasterise } from './rasterise.ts';
import { RenderError } from './render-error.ts';

async function readSvg(request: Request): Promise<string> {
  const type = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'image/svg+xml') throw new RenderError(415, 'unsupported_media_type', 'Send the SVG as image/svg+xml');
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > MAX_SVG_BYTES) throw new RenderError(413, 'payload_too_large', `The SVG is over ${MAX_SVG_BYTES} bytes`);
  // Counted while reading: a body without Content-Length (chunked) must not get past the limit either.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_SVG_BYTES) {
      await reader?.cancel();
      throw new RenderError(413, 'payload_too_large', `The SVG is over ${MAX_SVG_BYTES} bytes`);
    }
    chunks.push(chunk.value);
  }
  if (size === 0) throw new RenderError(400, 'bad_request', 'The body is empty; send an SVG');
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RenderError(400, 'bad_request', 'The SVG is not UTF-8');
  }
}

function widthParam(url: URL): number | undefined {
  const raw = url.searchParams.get('width');
  if (raw === null) return undefined;
  if (!/^\d{1,5}$/.test(raw)) throw new RenderError(400, 'bad_request', 'width must be a whole number of px');
  return Number(raw);
}

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/png') throw new RenderError(404, 'not_found', `Nothing at ${url.pathname}; POST an SVG to /png`);
  if (request.method !== 'POST') throw new RenderError(405, 'method_not_allowed', `${request.method} is not allowed; POST an SVG`, { Allow: 'POST' });
  const width = widthParam(url);
  const svg = await readSvg(request);
  const started = Date.now();
  const png = await rasterise(svg, width);
  return new Response(png, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength), 'Server-Timing': `render;dur=${Date.now() - started}` },
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
