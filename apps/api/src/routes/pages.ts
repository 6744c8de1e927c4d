/**
 * The pages people open, built by @chitieu/site into public/: the demo article (/), the embed
 * builder (/builder) and the data desk (/desk), with their security headers; their content-hashed assets (/assets/*), cached for
 * good; and the iframe embed's client files under fixed names (/site/v1/*), with a short cache.
 */
import { HASHED_ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL, WIDGET_CACHE_CONTROL } from '../http/cache-policy.ts';
import { deskCsp, pageHeaders } from '../http/page-security.ts';
import { createRouter } from '../http/router.ts';
import { serveAsset } from '../http/serve-asset.ts';

function fileHeaders(path: string, cacheControl: string): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' };
  if (path.endsWith('.js')) headers['Content-Type'] = 'text/javascript; charset=utf-8';
  if (path.endsWith('.css')) headers['Content-Type'] = 'text/css; charset=utf-8';
  return headers;
}

export const pages = createRouter()
  .get('/', (c) => serveAsset(c, { ...pageHeaders('none'), 'Cache-Control': PAGE_CACHE_CONTROL }))
  .get('/builder', (c) => serveAsset(c, { ...pageHeaders('none'), 'Cache-Control': PAGE_CACHE_CONTROL }))
  // The data desk: one page that keeps its screen in the fragment (/desk#/org/…); never cached, never framed.
  .get('/desk', (c) => serveAsset(c, { ...pageHeaders('none'), 'Content-Security-Policy': deskCsp(), 'Cache-Control': 'no-store' }))
  .get('/assets/*', (c) => serveAsset(c, fileHeaders(c.req.path, HASHED_ASSET_CACHE_CONTROL)))
  .get('/site/v1/*', (c) => serveAsset(c, fileHeaders(c.req.path, WIDGET_CACHE_CONTROL)));
