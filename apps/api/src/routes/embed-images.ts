/**
 * GET /embed/{element}.svg and /embed/{element}.png: the gauge, the cell map and the ranking as static images, for
 * `<noscript>`, newsletters, Apple News and print. The figures come from the embed contract's one read
 * path, the JSON read's own (so an image can never disagree with the element); the render Worker draws them with
 * the domain's SVG renderers and rasterises the PNG, which keeps that code (26 kB) and resvg's wasm out
 * of this Worker. Public and cacheable like the reads: CORS *, strong ETag, the read's Cache-Control,
 * the edge cache (so the renderer is asked once a minute per image and place at most).
 */
import { CURRENT, EMBED_ELEMENTS, readAdmissions, readCells, readSubordinateAdmissions, selectorOf } from '@chitieu/embed';
import type { Context, MiddlewareHandler } from 'hono';
import { figureStore } from '../db/figure-store.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { cacheControlFor, EMBED_CACHE_CONTROL, PINNED_CACHE_CONTROL } from '../http/cache-policy.ts';
import { d1Session } from '../http/d1-session.ts';
import { edgeCache } from '../http/edge-cache.ts';
import { publicCors } from '../http/public-cors.ts';
import { renderImage } from '../http/render-image.ts';
import { createRouter } from '../http/router.ts';
import { strongEtag } from '../http/strong-etag.ts';
import { vietnamDay } from '../http/today.ts';
import { parseImageQuery, type ImageFormat, type ImageQuery } from './embed-image-query.ts';

/** The image's own Cache-Control when it gave one (a revision pin is immutable), else the embed policy by status. */
const imageCacheControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.status >= 300 || !c.res.headers.has('Cache-Control')) {
    c.res.headers.set('Cache-Control', cacheControlFor(c.res.status, EMBED_CACHE_CONTROL));
  }
};

/** The read behind the image, as the element's JSON read answers it: the same figures, pins and words. */
async function read(c: Context<AppEnv>, query: ImageQuery): Promise<string> {
  const store = figureStore(c.var.db);
  const selector = selectorOf(query);
  const today = vietnamDay();
  const read =
    query.element === 'party-target-gauge'
      ? await readAdmissions(store, query.org, query.period ?? '', selector, today)
      : query.element === 'party-target-ranking'
        ? await readSubordinateAdmissions(store, query.org, query.period ?? '', query.asOf === null ? CURRENT : { kind: 'asOf', asOf: query.asOf }, today)
        : await readCells(store, query.org, selector, today);
  if (!read.ok) throw new ApiException(404, 'not_found', read.notFound);
  return JSON.stringify(read.body);
}

function filename(query: ImageQuery, format: ImageFormat): string {
  const revision = query.revision === null ? null : `r${query.revision}`;
  return [query.element, query.org, query.period, revision, query.asOf, query.lang, query.theme].filter(Boolean).join('-') + `.${format}`;
}

/** Routes for every element and format. */
export function embedImages() {
  const router = createRouter();
  for (const element of EMBED_ELEMENTS) {
    for (const format of ['svg', 'png'] as const) {
      const path = `/embed/${element}.${format}`;
      router.use(path, publicCors, strongEtag(), edgeCache(), imageCacheControl, d1Session());
      router.get(path, async (c) => {
        const query = parseImageQuery(element, format, new URL(c.req.url).searchParams);
        const image = await renderImage(c.env.RENDER, { ...query, format, read: await read(c, query) });
        const headers: Record<string, string> = {
          'X-Content-Type-Options': 'nosniff',
          'Content-Disposition': `inline; filename="${filename(query, format)}"`,
          // A revision never changes: its image may be kept for good, as its read is.
          ...(query.revision === null ? {} : { 'Cache-Control': PINNED_CACHE_CONTROL }),
        };
        if (format === 'svg') {
          // Opened on its own an SVG is a document: it may load nothing and run nothing.
          return c.body(image, 200, { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" });
        }
        return c.body(image, 200, { ...headers, 'Content-Type': 'image/png' });
      });
    }
  }
  return router;
}
