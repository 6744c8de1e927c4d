/**
 * The edge API as one Hono app: embed reads (public, cacheable, CORS *), the data desk's writes
 * (newsroom keys), administration (the administrator token), the OpenAPI document generated from the
 * domain's schemas, /docs, and the widget bundle. Every error leaves through `onError`.
 */
import { ProgressSchema, SuccessionSchema, TargetSchema, TermToDateSchema } from '@chitieu/domain';
import type { MiddlewareHandler } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/app-env.ts';
import { cacheControl } from './http/cache-control.ts';
import { DOCS_CACHE_CONTROL, EMBED_CACHE_CONTROL, NO_STORE } from './http/cache-policy.ts';
import { d1Session } from './http/d1-session.ts';
import { edgeCache } from './http/edge-cache.ts';
import { rejectOtherMethods } from './http/method-not-allowed.ts';
import { notFound, onError } from './http/on-error.ts';
import { openApiDocument, registerNullableReferences } from './http/openapi-document.ts';
import { publicCors } from './http/public-cors.ts';
import { createRouter } from './http/router.ts';
import { strongEtag } from './http/strong-etag.ts';
import { admissionPeriods } from './routes/admission-periods.ts';
import { admissions } from './routes/admissions.ts';
import { audit } from './routes/audit.ts';
import { cells } from './routes/cells.ts';
import { cellsRestore } from './routes/cells-restore.ts';
import { docs } from './routes/docs.ts';
import { embedImages } from './routes/embed-images.ts';
import { embedPages } from './routes/embed-pages.ts';
import { extract } from './routes/extract.ts';
import { health } from './routes/health.ts';
import { history } from './routes/history.ts';
import { imports } from './routes/imports.ts';
import { newsrooms } from './routes/newsrooms.ts';
import { oembed } from './routes/oembed.ts';
import { organizations } from './routes/organizations.ts';
import { pages } from './routes/pages.ts';
import { sessions } from './routes/sessions.ts';
import { subordinateAdmissions } from './routes/subordinate-admissions.ts';
import { widgets } from './routes/widgets.ts';
import { ADMIN_BEARER, BEARER, SESSION, WRITE_RULES_DOC } from './routes/write-docs.ts';

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Chỉ Tiêu API',
    version: '1.0.0',
    description:
      'Party-building figures for newsroom embeds: admissions against targets and cell-committee status, each with its sources. ' +
      'Reads are public; every stored record has a `revision`, and a read pinned with `?revision=` never changes. ' +
      'Writes need a newsroom key (`Authorization: Bearer ct_…`), issued by the administrator; every change is kept. ' +
      'The data desk in a browser exchanges the key once for a session cookie (`POST /v1/sessions`) and writes with that. ' +
      'Errors always have the shape `{"error":{"code","message","issues"?}}`.',
  },
  tags: [
    { name: 'Embeds', description: 'The reads the elements make: public, CORS `*`, cacheable with ETags.' },
    { name: 'Organizations', description: 'Party organisations, their validity periods and successors.' },
    {
      name: 'Data desk',
      description:
        'Writes with a newsroom key: JSON validated with the domain’s schemas (unknown fields refused; text normalised to NFC before ' +
        'it is measured; names, titles and notes free of bidirectional controls, control characters and invisible-only text; source ' +
        'links to public hosts without credentials, each refusal a 400 naming the field), `If-Match` for safe concurrent edits, a CSV ' +
        'import, and nothing ever erased. At most 600 writes a minute per key; after 10 failed key checks in a minute an address gets 429.\n\n' +
        WRITE_RULES_DOC,
    },
    { name: 'Administration', description: 'With the administrator token: newsrooms, their keys, and the audit log.' },
    { name: 'Service', description: 'Operations.' },
  ],
};

/** Every API answer is JSON (or a file of public/): a browser must never sniff it into HTML. */
const noSniff: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
};

const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', NO_STORE);
};

export function createApp(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.onError(onError);
  app.notFound(notFound);

  app.use('/v1/*', publicCors, noSniff, strongEtag());
  app.use('/widgets/*', publicCors);
  // Outer to inner: the edge cache stores what the inner layers produce, Cache-Control included;
  // a cache hit never opens a D1 session.
  for (const path of ['/v1/organizations', '/v1/organizations/*']) {
    app.use(path, edgeCache(), cacheControl(EMBED_CACHE_CONTROL), d1Session());
  }
  // Administration and sessions: never stored by any cache (a cached 401 could be served to the
  // administrator, a session's answer is one person's), and always the primary, so a key just issued
  // is there to list and a session just signed out is gone.
  for (const path of ['/v1/newsrooms', '/v1/newsrooms/*', '/v1/audit', '/v1/sessions', '/v1/sessions/*']) {
    app.use(path, noStore, d1Session('first-primary'));
  }
  // Reading a text writes nothing, but its answer is for the key that asked: never cached.
  app.use('/v1/extract', noStore, d1Session('first-primary'));
  app.use('/v1/openapi.json', cacheControl(DOCS_CACHE_CONTROL));

  registerNullableReferences(app, { Target: TargetSchema, Progress: ProgressSchema, TermToDate: TermToDateSchema, Succession: SuccessionSchema });
  const bearer = { type: 'http', scheme: 'bearer' } as const;
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER, {
    ...bearer,
    bearerFormat: 'ct_<id>_<secret>',
    description: 'A newsroom key, issued by the administrator (POST /v1/newsrooms/{newsroom}/keys).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', ADMIN_BEARER, {
    ...bearer,
    description: 'The administrator token (the Worker secret ADMIN_TOKEN).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION, {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-chitieu_session',
    description: 'The data desk’s session (POST /v1/sessions). Writes with it also need `Origin` of the API and `X-Chitieu-Desk: 1`.',
  });
  app.route('/v1', health);
  app.route('/v1', organizations);
  app.route('/v1', admissions);
  app.route('/v1', admissionPeriods);
  app.route('/v1', subordinateAdmissions);
  app.route('/v1', cells);
  app.route('/v1', imports);
  app.route('/v1', extract);
  app.route('/v1', newsrooms);
  app.route('/v1', audit);
  app.route('/v1', sessions);
  app.route('/v1', history);
  app.route('/v1', cellsRestore);
  app.get('/v1/openapi.json', openApiDocument(app, OPENAPI));
  app.route('/', docs);
  app.route('/', widgets);
  app.route('/', embedImages());
  // The pages people open (/, /builder), the iframe embed pages and their oEmbed answers.
  app.route('/', pages);
  app.route('/', embedPages());
  app.route('/', oembed());

  rejectOtherMethods(app);
  return app;
}
