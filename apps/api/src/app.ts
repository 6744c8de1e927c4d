/**
 * The edge API as one Hono app: embed reads (public, cacheable, CORS *), the OpenAPI document generated
 * from the domain's schemas, /docs, and the widget bundle. Every error leaves through `onError`.
 */
import { ProgressSchema, TargetSchema, TermToDateSchema } from '@chitieu/domain';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { AppEnv } from './http/app-env.ts';
import { cacheControl } from './http/cache-control.ts';
import { DOCS_CACHE_CONTROL, EMBED_CACHE_CONTROL } from './http/cache-policy.ts';
import { d1Session } from './http/d1-session.ts';
import { edgeCache } from './http/edge-cache.ts';
import { rejectOtherMethods } from './http/method-not-allowed.ts';
import { notFound, onError } from './http/on-error.ts';
import { openApiDocument, registerNullableReferences } from './http/openapi-document.ts';
import { createRouter } from './http/router.ts';
import { strongEtag } from './http/strong-etag.ts';
import { admissions } from './routes/admissions.ts';
import { cells } from './routes/cells.ts';
import { docs } from './routes/docs.ts';
import { health } from './routes/health.ts';
import { organizations } from './routes/organizations.ts';
import { widgets } from './routes/widgets.ts';

/** Public reads only, so any origin may read them; preflights are cached by browsers for a day. */
const publicCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'], maxAge: 86_400 });

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Chỉ Tiêu API',
    version: '1.0.0',
    description:
      'Party-building figures for newsroom embeds: admissions against targets and cell-committee status, each with its sources. ' +
      'Errors always have the shape `{"error":{"code","message","issues"?}}`.',
  },
  tags: [
    { name: 'Embeds', description: 'The reads the elements make: public, CORS `*`, cacheable with ETags.' },
    { name: 'Organizations', description: 'Party organisations, their validity periods and successors.' },
    { name: 'Service', description: 'Operations.' },
  ],
};

export function createApp(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.onError(onError);
  app.notFound(notFound);

  app.use('/v1/*', publicCors, strongEtag());
  app.use('/widgets/*', publicCors);
  // Outer to inner: the edge cache stores what the inner layers produce, Cache-Control included;
  // a cache hit never opens a D1 session.
  for (const path of ['/v1/organizations', '/v1/organizations/*']) {
    app.use(path, edgeCache(), cacheControl(EMBED_CACHE_CONTROL), d1Session());
  }
  app.use('/v1/openapi.json', cacheControl(DOCS_CACHE_CONTROL));

  registerNullableReferences(app, { Target: TargetSchema, Progress: ProgressSchema, TermToDate: TermToDateSchema });
  app.route('/v1', health);
  app.route('/v1', organizations);
  app.route('/v1', admissions);
  app.route('/v1', cells);
  app.get('/v1/openapi.json', openApiDocument(app, OPENAPI));
  app.route('/', docs);
  app.route('/', widgets);

  rejectOtherMethods(app);
  return app;
}
