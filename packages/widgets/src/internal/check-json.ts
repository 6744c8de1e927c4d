// A validator for the subset of JSON Schema that the domain's zod schemas produce (see
// vite-plugins/wire-schemas.ts), plus the `x-check` refinements named there. Knows nothing of zod,
// Lit or the network.
//
// It is a tolerant reader in one respect: properties a schema does not list are ignored rather than
// refused, so a page holding a cached older script keeps working when a newer API adds a field.
import { isIsoDate, parsePeriod } from '@chitieu/domain';
import type { Validator } from './load-json.ts';

/** The JSON Schema keywords this validator reads. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly 'x-check'?: string;
}

type Json = Record<string, unknown>;

/** Refinements of the domain's schemas, by the name the build gave them; each sees only values of its own type. */
const CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  date: (v) => typeof v !== 'string' || isIsoDate(v),
  period: (v) => typeof v !== 'string' || parsePeriod(v) !== null,
  term: (v) => typeof v !== 'string' || parsePeriod(v)?.kind === 'term',
  target: (v) => !isObject(v) || (v['min'] as number) <= (v['max'] as number),
  // SourceSchema also requires a link to be http(s) (z.url's protocol, which JSON Schema drops): the
  // footer makes it a link, and a `javascript:` one must never reach the page.
  // TimestampSchema: an instant in UTC (…T…Z) that Date.parse reads, on a real calendar day (the footer shows that day).
  timestamp: (v) => typeof v !== 'string' || (v[10] === 'T' && v.at(-1) === 'Z' && isIsoDate(v.slice(0, 10)) && Date.parse(v) > 0),
  source: (v) => !isObject(v) || ((v['publisher'] !== null || v['url'] !== null) && (v['url'] === null || isHttpUrl(v['url']))),
};

function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string | readonly string[]): boolean {
  const actual = typeOf(value);
  const types = typeof type === 'string' ? [type] : type;
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

function valid(value: unknown, schema: JsonSchema, root: JsonSchema): boolean {
  if (schema.$ref !== undefined) {
    const target = root.$defs?.[schema.$ref.replace('#/$defs/', '')];
    if (!target || !valid(value, target, root)) return false;
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (schema.anyOf && !schema.anyOf.some((option) => valid(value, option, root))) return false;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return false;
    if (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity)) return false;
    if (value <= (schema.exclusiveMinimum ?? -Infinity) || value >= (schema.exclusiveMaximum ?? Infinity)) return false;
  }
  if (typeof value === 'string') {
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return false;
  }
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) return false;
    if (schema.items && !value.every((item) => valid(item, schema.items!, root))) return false;
  }
  if (isObject(value)) {
    if (schema.required?.some((name) => !Object.hasOwn(value, name))) return false;
    for (const [name, inner] of Object.entries(schema.properties ?? {})) {
      if (Object.hasOwn(value, name) && !valid(value[name], inner, root)) return false;
    }
  }
  const check = schema['x-check'];
  return check === undefined || CHECKS[check]?.(value) !== false;
}

/**
 * A validator for `schema` with zod's `safeParse` shape, typed as the domain type it was generated from.
 *
 * @example const admissions = checker<AdmissionResponse>(ADMISSION_RESPONSE).safeParse(json);
 */
export function checker<T>(schema: JsonSchema): Validator<T> {
  return {
    safeParse: (data) =>
      valid(data, schema, schema) ? { success: true, data: data as T } : { success: false, error: new TypeError('does not match the schema') },
  };
}
