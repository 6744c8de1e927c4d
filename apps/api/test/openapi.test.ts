// The OpenAPI document is generated from the same schemas that validate requests: it must list every
// API route and be a self-consistent OpenAPI 3.1 document.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';

type Operation = {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const res = await exports.default.fetch('https://api.chitieu.test/v1/openapi.json');
const text = await res.text();
const doc = JSON.parse(text) as Document;

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refs(inner)));
  }
  return [];
}

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 JSON document, public and cacheable', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Chỉ Tiêu API');
  });

  it('documents every API route the app serves, and no other', () => {
    const served = createApp()
      .routes.filter((r) => r.method === 'GET' && r.path.startsWith('/v1/') && r.path !== '/v1/openapi.json')
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(served)].sort());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/health',
        '/v1/organizations',
        '/v1/organizations/{org}',
        '/v1/organizations/{org}/admissions/{period}',
        '/v1/organizations/{org}/cells',
      ]),
    );
  });

  it('describes each read with its 200 schema and the ApiError shape for 400', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      const get = operations.get;
      expect(get, path).toBeDefined();
      expect(get?.responses['200']?.content?.['application/json']?.schema, path).toBeDefined();
      expect(get?.responses['400']?.content?.['application/json']?.schema, path).toEqual({ $ref: '#/components/schemas/ApiError' });
    }
  });

  it('names the parameters the routes validate', () => {
    const admissions = doc.paths['/v1/organizations/{org}/admissions/{period}']?.get;
    expect(admissions?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['org', 'path', true],
      ['period', 'path', true],
    ]);
    const cells = doc.paths['/v1/organizations/{org}/cells']?.get;
    expect(cells?.parameters?.find((p) => p.name === 'asOf')).toMatchObject({ in: 'query', required: false });
  });

  it('uses the domain schemas as named components, and every $ref resolves', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['AdmissionResponse', 'CellsResponse', 'Organization', 'Source', 'Progress', 'StatusCounts', 'ApiError']),
    );
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas, ref).toHaveProperty([ref.split('/').pop() ?? '']);
    }
  });
});

describe('nullable fields that hold a named schema', () => {
  it.each(['target', 'progress', 'termToDate'])('admit null in AdmissionResponse.%s', (field) => {
    const response = doc.components.schemas.AdmissionResponse as { properties: Record<string, unknown> };
    expect(response.properties[field]).toEqual({
      anyOf: [{ $ref: `#/components/schemas/${field[0]?.toUpperCase()}${field.slice(1)}` }, { type: 'null' }],
    });
  });
});
