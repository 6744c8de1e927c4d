/**
 * zod as the Worker bundle sees it (wrangler.jsonc maps `zod` here with `alias`; the names are in zod-lean-names.ts): the same `z`
 * namespace without the parts the API never uses. `@hono/zod-openapi` hands the whole namespace to
 * `extendZodWithOpenApi(z)` and re-exports it, so the bundler must keep everything the namespace
 * names: with zod's own index that is the messages of 60-odd locales, JSON Schema import and the
 * `core` namespace, about a third of the Worker's gzip size. Messages stay English (zod's schemas
 * load `en` themselves). zod-lean.test.ts checks that only those names are missing.
 *
 * Paths go through node_modules because the alias also rewrites `zod/…` subpaths.
 */
export * from './zod-lean-names.ts';
import * as z from './zod-lean-names.ts';
export { z };
export default z;
