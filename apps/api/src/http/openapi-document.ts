/**
 * Serves the OpenAPI 3.1 document of an app, generated from the route schemas, with one repair:
 * @asteasolutions/zod-to-openapi 9.1 (under @hono/zod-openapi) drops `null` from a nullable
 * reference to a named schema (`target: Target | null` came out as a plain `$ref`). Registering the
 * named schemas first makes it emit `allOf: [$ref, {type: [object, null]}]`, which still rejects
 * null, so the document is rewritten to `anyOf: [$ref, {type: null}]`. Upstream fix pending:
 * https://github.com/asteasolutions/zod-to-openapi/pull/387
 */
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';

type DocumentConfig = Parameters<OpenAPIHono['getOpenAPI31Document']>[0];

/** Named schemas that some response holds as nullable; register them before any route uses them. */
export function registerNullableReferences<E extends Env>(app: OpenAPIHono<E>, schemas: Record<string, z.ZodType>): void {
  // register() calls `.openapi()`, a method zod gives only to schemas built after @hono/zod-openapi
  // loaded; the domain's may be older, so register a fresh clone under the same name as its meta id.
  for (const [name, schema] of Object.entries(schemas)) app.openAPIRegistry.register(name, schema.clone());
}

function isNullableRefAllOf(value: Record<string, unknown>): value is { allOf: [{ $ref: string }, { type: string[] }] } {
  const allOf = value.allOf;
  if (!Array.isArray(allOf) || allOf.length !== 2 || Object.keys(value).length !== 1) return false;
  const [ref, override] = allOf as [Record<string, unknown>, Record<string, unknown>];
  return (
    typeof ref.$ref === 'string' &&
    Object.keys(ref).length === 1 &&
    Object.keys(override).length === 1 &&
    Array.isArray(override.type) &&
    override.type.includes('null')
  );
}

/** Rewrites every `allOf: [$ref, {type: [..., 'null']}]` into `anyOf: [$ref, {type: 'null'}]`. */
export function repairNullableReferences<T>(value: T): T {
  if (Array.isArray(value)) return value.map(repairNullableReferences) as T;
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (isNullableRefAllOf(record)) return { anyOf: [record.allOf[0], { type: 'null' }] } as T;
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, repairNullableReferences(inner)])) as T;
}

/** A handler answering the app's repaired document, generated once per isolate. */
export function openApiDocument<E extends Env>(app: OpenAPIHono<E>, config: DocumentConfig) {
  let document: unknown;
  return (c: Context<E>) => {
    document ??= repairNullableReferences(app.getOpenAPI31Document(config));
    return c.json(document as object);
  };
}
