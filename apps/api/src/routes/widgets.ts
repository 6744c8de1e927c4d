/** /widgets/v1/*: the embed bundle built by @chitieu/widgets, served to any site (CORS *) with a short cache. */
import { WIDGET_CACHE_CONTROL } from '../http/cache-policy.ts';
import { createRouter } from '../http/router.ts';
import { serveAsset } from '../http/serve-asset.ts';

function widgetHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Cache-Control': WIDGET_CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
  };
  // RFC 9239's JavaScript type with an explicit charset: the bundle carries Vietnamese strings.
  if (/\.m?js$/.test(path)) headers['Content-Type'] = 'text/javascript; charset=utf-8';
  return headers;
}

export const widgets = createRouter().get('/widgets/v1/*', (c) => serveAsset(c, widgetHeaders(c.req.path)));
