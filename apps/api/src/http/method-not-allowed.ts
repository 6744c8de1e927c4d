/** Answers 405 with an Allow header, instead of a 404, when a known path is asked with a method it does not serve. */
import type { Hono } from 'hono';
import { ApiException } from './api-exception.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Call once, after every route is registered: for each path it adds a catch-all that the real handlers
 * (registered first) shadow for the methods they serve. HEAD comes with GET; OPTIONS is answered here
 * (204 with Allow) unless CORS middleware answered the preflight first.
 */
export function rejectOtherMethods(app: Hono<AppEnv>): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const { path, method } of app.routes) {
    if (method === 'ALL') continue; // middleware
    const methods = methodsByPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === 'GET') methods.add('HEAD');
    methodsByPath.set(path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods, 'OPTIONS'].join(', ');
    app.all(path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      throw new ApiException(405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`, {
        headers: { Allow: allow },
      });
    });
  }
}
