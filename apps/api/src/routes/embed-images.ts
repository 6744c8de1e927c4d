/**
 * GET /embed/{element}.svg and /embed/{element}.png: the gauge and the cell map as static images, for
 * `<noscript>`, newsletters, Apple News and print. The figures are the JSON read's own (asked of this
 * app in-process, so an image can never disagree with the element); the render Worker draws them with
 * the domain's SVG renderers and rasterises the PNG, which keeps that code (26 kB) and resvg's wasm out
 * of this Worker. Public and cacheable like the reads: CORS *, strong ETag, the read's Cache-Control,
 * the edge cache (so the renderer is asked once a minute per image and place at most).
 */
import { ApiErrorSchema } from '@chitieu/domain';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { cacheControlFor, EMBED_CACHE_CONTROL } from '../http/cache-policy.ts';
import { edgeCache } from '../http/edge-cache.ts';
import { renderImage } from '../http/render-image.ts';
import { createRouter } from '../http/router.ts';
import { strongEtag } from '../http/strong-etag.ts';
import { IMAGE_ELEMENTS, parseImageQuery, type ImageFormat, type ImageQuery } from './embed-image-query.ts';

const imageCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'], maxAge: 86_400 });

/** The read's own Cache-Control when it gave one (a pinned read is immutable), else the embed policy by status. */
const imageCacheControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.status >= 300 || !c.res.headers.has('Cache-Control')) {
    c.res.headers.set('Cache-Control', cacheControlFor(c.res.status, EMBED_CACHE_CONTROL));
  }
};

function readPath(query: ImageQuery): string {
  const org = encodeURIComponent(query.org);
  const path =
    query.element === 'party-target-gauge'
      ? `/v1/organizations/${org}/admissions/${encodeURIComponent(query.period ?? '')}`
      : `/v1/organizations/${org}/cells`;
  return query.asOf === null ? path : `${path}?asOf=${encodeURIComponent(query.asOf)}`;
}

/** The JSON read behind the image, through this app; its errors become the image's, with `as-of` named as the tag names it. */
async function read(app: Hono<AppEnv>, c: Context<AppEnv>, query: ImageQuery): Promise<{ json: string; cacheControl: string | null }> {
  let ctx: Parameters<Hono<AppEnv>['fetch']>[2];
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined;
  }
  const res = await app.fetch(new Request(new URL(readPath(query), c.req.url), { headers: { Accept: 'application/json' } }), c.env, ctx);
  const json = await res.text();
  if (!res.ok) {
    const { error } = ApiErrorSchema.parse(JSON.parse(json));
    const issues = error.issues?.map((issue) => ({ ...issue, path: issue.path.map((p) => (p === 'asOf' ? 'as-of' : p)) }));
    throw new ApiException(res.status as 400, error.code, error.message.replace('asOf', 'as-of'), issues ? { issues } : {});
  }
  return { json, cacheControl: res.headers.get('Cache-Control') };
}

function filename(query: ImageQuery, format: ImageFormat): string {
  return [query.element, query.org, query.period, query.asOf, query.lang, query.theme].filter(Boolean).join('-') + `.${format}`;
}

/** Routes for every element and format; `app` is the whole API, whose JSON reads the images draw. */
export function embedImages(app: Hono<AppEnv>) {
  const router = createRouter();
  for (const element of IMAGE_ELEMENTS) {
    for (const format of ['svg', 'png'] as const) {
      const path = `/embed/${element}.${format}`;
      router.use(path, imageCors, strongEtag(), edgeCache(), imageCacheControl);
      router.get(path, async (c) => {
        const query = parseImageQuery(element, format, new URL(c.req.url).searchParams);
        const { json, cacheControl } = await read(app, c, query);
        const image = await renderImage(c.env.RENDER, { ...query, format, read: json });
        const headers: Record<string, string> = {
          'X-Content-Type-Options': 'nosniff',
          'Content-Disposition': `inline; filename="${filename(query, format)}"`,
          ...(cacheControl ? { 'Cache-Control': cacheControl } : {}),
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
