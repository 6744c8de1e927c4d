/** Asks the render Worker (the RENDER service binding) to draw an embed image; any failure there is a 503, never a 500. */
import { ApiException } from './api-exception.ts';

/** Longer than any honest render (tens of ms), short enough that a reader's image request does not hang. */
const RENDER_TIMEOUT_MS = 10_000;

const CONTENT_TYPES = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' } as const;

export interface ImageRequest {
  element: string;
  format: 'svg' | 'png';
  lang: string;
  theme: string;
  width: number;
  scale: number;
  /** The journalist's title instead of the organisation's name, or null. */
  label: string | null;
  /** The JSON the element's read answered, as it was sent. */
  read: string;
}

function unavailable(why: string): ApiException {
  return new ApiException(503, 'internal_error', `The image cannot be drawn right now (${why}); the element itself still shows the figures.`, {
    headers: { 'Retry-After': '30' },
  });
}

/**
 * The image's bytes, from the render Worker.
 *
 * @throws {ApiException} 503 when the binding is missing, unreachable, slow, or answers anything but the image.
 * @example const png = await renderImage(c.env.RENDER, { element: 'party-cell-map', format: 'png', lang: 'vi', theme: 'light', width: 600, scale: 2, label: null, read });
 */
export async function renderImage(render: Fetcher | undefined, image: ImageRequest): Promise<ArrayBuffer> {
  if (!render) throw unavailable('no renderer is bound');
  const query = new URLSearchParams({ lang: image.lang, theme: image.theme, width: String(image.width), scale: String(image.scale) });
  if (image.label !== null) query.set('label', image.label);
  let res: Response;
  try {
    res = await render.fetch(`https://render.internal/embed/${image.element}.${image.format}?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: image.read,
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
  } catch (error) {
    console.error('render worker unreachable', error);
    throw unavailable('the renderer did not answer');
  }
  if (!res.ok || res.headers.get('Content-Type') !== CONTENT_TYPES[image.format]) {
    console.error('render worker failed', res.status, (await res.text()).slice(0, 500));
    throw unavailable(`the renderer answered ${res.status}`);
  }
  return res.arrayBuffer();
}
