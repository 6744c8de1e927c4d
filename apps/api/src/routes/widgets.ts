/**
 * /widgets/v1/*: the hosted script built by @chitieu/widgets, served to any site (CORS *): the loader
 * chitieu.js with a short cache, so fixes reach embeds within minutes, and the chunks it imports,
 * named by their content's hash, cached for good. A chunk imports the loader back (`../chitieu.js`,
 * for what the elements share), yet never gets another version of it: only the running loader imports
 * a chunk, and the browser hands the chunk that very instance (the loader's plain URL is the one the
 * chunk names; @chitieu/widgets' src/embed.ts and vite-plugins/shared-in-loader.ts).
 */
import { HASHED_ASSET_CACHE_CONTROL, WIDGET_CACHE_CONTROL } from '../http/cache-policy.ts';
import { createRouter } from '../http/router.ts';
import { serveAsset } from '../http/serve-asset.ts';

function widgetHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Cache-Control': path.startsWith('/widgets/v1/chunks/') ? HASHED_ASSET_CACHE_CONTROL : WIDGET_CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
  };
  // RFC 9239's JavaScript type with an explicit charset: the bundle carries Vietnamese strings.
  if (/\.m?js$/.test(path)) headers['Content-Type'] = 'text/javascript; charset=utf-8';
  return headers;
}

export const widgets = createRouter().get('/widgets/v1/*', (c) => serveAsset(c, widgetHeaders(c.req.path)));
