// The domain's wire schemas as JSON Schema, for the browser. zod is about 24 kB gzip, twice what a
// whole gauge may weigh, so the elements do not ship it: this plugin asks the domain's zod schemas
// for their JSON Schema at build time and serves each as a virtual module
// (`virtual:chitieu/wire-schema/<name>`, one per schema so a gauge does not download the map's),
// which src/internal/check-json.ts interprets. The schemas stay defined once, in @chitieu/domain.
//
// JSON Schema cannot carry a zod refinement (a function), so the refinements the elements rely on are
// named here, by schema identity, with an `x-check` keyword the validator maps to the same domain
// functions: real calendar dates, period keys, terms, target ranges, sources with a publisher or
// a link, and UTC timestamps (`updatedAt`).
import type * as DomainModule from '@chitieu/domain';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:chitieu/wire-schema/';

/**
 * Keywords the browser validator never reads: dropped so they cost no bytes. It is a tolerant reader
 * (src/internal/check-json.ts), so `additionalProperties` would be ignored anyway; `format` is left to
 * the `x-check`s.
 */
const UNUSED_KEYWORDS = new Set(['$schema', 'description', 'example', 'examples', 'default', 'title', 'id', 'additionalProperties', 'format']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // `properties` maps field names, which may be called anything, including `title` or `description`.
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(inner as Record<string, unknown>).map(([name, schema]) => [name, strip(schema)]));
    } else if (!UNUSED_KEYWORDS.has(key)) {
      out[key] = strip(inner);
    }
  }
  return out;
}

type Domain = typeof DomainModule;
type Convertible = { toJSONSchema(params: object): unknown };

interface WireSchema {
  readonly schema: (domain: Domain) => Convertible;
  /**
   * The top-level properties the elements read. The others are left out of the browser's copy (a
   * tolerant reader checks what it uses), which keeps the data desk's bookkeeping fields and the
   * admissions breakdown, never drawn, from costing bytes in every article.
   */
  readonly reads?: readonly string[];
}

/** The schemas the elements read, by module name. */
const SCHEMAS: Readonly<Record<string, WireSchema>> = {
  'admission-response': {
    schema: (d) => d.AdmissionResponseSchema,
    reads: ['organization', 'period', 'admitted', 'target', 'termToDate', 'totalMembers', 'asOf', 'sources', 'updatedAt', 'succeededBy'],
  },
  'cells-response': { schema: (d) => d.CellsResponseSchema, reads: ['organization', 'term', 'asOf', 'cells', 'sources', 'updatedAt', 'succeededBy'] },
  'subordinate-admissions-response': {
    schema: (d) => d.SubordinateAdmissionsResponseSchema,
    reads: ['organization', 'period', 'asOf', 'total', 'subordinates', 'sum', 'difference', 'updatedAt', 'succeededBy'],
  },
  cells: { schema: (d) => d.CellSchema.array() },
  sources: { schema: (d) => d.SourceSchema.array().max(20) },
};

type JsonObject = { [key: string]: unknown };

/** Keeps only `reads` of the root object's properties, and only the definitions still referenced. */
function onlyReads(json: JsonObject, reads: readonly string[] | undefined): JsonObject {
  if (!reads) return json;
  const defs = (json['$defs'] ?? {}) as Record<string, JsonObject>;
  const rootName = /^#\/\$defs\/(.+)$/.exec(String(json['$ref']))?.[1] ?? '';
  const root = defs[rootName];
  if (!root) throw new Error('a wire schema with `reads` must be an object with a meta id');
  const properties = root['properties'] as Record<string, unknown>;
  for (const name of reads) if (!(name in properties)) throw new Error(`${rootName} has no property "${name}"`);
  root['properties'] = Object.fromEntries(Object.entries(properties).filter(([name]) => reads.includes(name)));
  root['required'] = ((root['required'] ?? []) as string[]).filter((name) => reads.includes(name));
  const kept = new Set([rootName]);
  const queue = [root];
  for (let next = queue.pop(); next; next = queue.pop()) {
    for (const [, ref = ''] of JSON.stringify(next).matchAll(/"#\/\$defs\/([^"]+)"/g)) {
      if (!kept.has(ref)) queue.push(defs[ref] ?? {});
      kept.add(ref);
    }
  }
  return { ...json, $defs: Object.fromEntries(Object.entries(defs).filter(([name]) => kept.has(name))) };
}

/** One schema as JSON Schema, generated from the domain's current zod schema, with its `x-check`s. */
async function wireSchema(name: string): Promise<unknown> {
  const wire = SCHEMAS[name];
  if (!wire) throw new Error(`no wire schema "${name}"; known: ${Object.keys(SCHEMAS).join(', ')}`);
  const domain = await import('@chitieu/domain');
  const checks = new Map<unknown, string>([
    [domain.IsoDateSchema, 'date'],
    [domain.PeriodSchema, 'period'],
    [domain.TermSchema, 'term'],
    [domain.TargetSchema, 'target'],
    [domain.SourceSchema, 'source'],
    [domain.StoredSourceSchema, 'source'],
    [domain.TimestampSchema, 'timestamp'],
  ]);
  const json = wire.schema(domain).toJSONSchema({
    io: 'output',
    unrepresentable: 'any',
    override: (ctx: { zodSchema: unknown; jsonSchema: JsonObject }) => {
      const check = checks.get(ctx.zodSchema);
      if (check) ctx.jsonSchema['x-check'] = check;
      // zod's date-time pattern is some 400 characters; the `timestamp` check says the same in a few.
      if (check === 'timestamp') delete ctx.jsonSchema['pattern'];
    },
  }) as JsonObject;
  return strip(onlyReads(json, wire.reads));
}

/** Serves `virtual:chitieu/wire-schema/<name>` (a default export) to Vite, Vitest and Storybook builds of the elements. */
export function wireSchemas(): Plugin {
  return {
    name: 'chitieu-wire-schemas',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load: async (id) => (id.startsWith(`\0${PREFIX}`) ? `export default ${JSON.stringify(await wireSchema(id.slice(PREFIX.length + 1)))};` : null),
  };
}
