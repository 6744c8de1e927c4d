/** /docs: the API reference, rendered from /v1/openapi.json by the Swagger UI bundled in public/docs/. */
import { DOCS_CACHE_CONTROL } from '../http/cache-policy.ts';
import { createRouter } from '../http/router.ts';
import { serveAsset } from '../http/serve-asset.ts';

// The page loads only its own files; Swagger UI sets inline styles, hence 'unsafe-inline' for styles only.
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const DOCS_HEADERS = {
  'Cache-Control': DOCS_CACHE_CONTROL,
  'Content-Security-Policy': DOCS_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export const docs = createRouter()
  .get('/docs', (c) => serveAsset(c, DOCS_HEADERS))
  .get('/docs/*', (c) => serveAsset(c, DOCS_HEADERS));
