// The OpenAPI document is generated from the same schemas that validate requests: it must list every
// API route and be a self-consistent OpenAPI 3.1 document.
import { WRITE_RULES } from '@chitieu/domain';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';

type Operation = {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description?: string }[];
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
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

  it('documents every API route the app serves, with each of its methods, and no other', () => {
    const served = createApp()
      .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/') && r.path !== '/v1/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual([...new Set(served)].sort());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/health',
        '/v1/organizations',
        '/v1/organizations/{org}',
        '/v1/organizations/{org}/admissions',
        '/v1/organizations/{org}/admissions/{period}',
        '/v1/organizations/{org}/cells',
        '/v1/organizations/{org}/cells/{cell}',
        '/v1/organizations/{org}/import',
        '/v1/newsrooms',
        '/v1/newsrooms/{newsroom}/keys',
        '/v1/newsrooms/{newsroom}/keys/{id}',
        '/v1/audit',
        '/v1/sessions',
        '/v1/sessions/current',
        '/v1/organizations/{org}/admissions/{period}/revisions',
        '/v1/organizations/{org}/cells/revisions',
      ]),
    );
  });

  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

  it('describes each operation’s success schema and the ApiError shape for 400', () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { path, method, operation } of operations) {
      const success = operation.responses['200'] ?? operation.responses['201'];
      // A sign-out answers 204, with no body to describe.
      const noContent = `${method} ${path}` === 'delete /v1/sessions/current';
      expect(noContent ? operation.responses['204'] : success?.content?.['application/json']?.schema, `${method} ${path}`).toBeDefined();
      expect(operation.responses['400']?.content?.['application/json']?.schema, `${method} ${path}`).toEqual({ $ref: '#/components/schemas/ApiError' });
    }
  });

  it('puts every write and administration route behind a bearer scheme (or the desk’s session), and no public read', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      newsroomKey: { type: 'http', scheme: 'bearer' },
      adminToken: { type: 'http', scheme: 'bearer' },
      deskSession: { type: 'apiKey', in: 'cookie', name: '__Host-chitieu_session' },
    });
    const desk = [{ newsroomKey: [] }, { deskSession: [] }];
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { path, method, operation } of operations) {
      const admin = path.startsWith('/v1/newsrooms') || path === '/v1/audit';
      const history = path.endsWith('/revisions');
      const expected =
        path === '/v1/sessions'
          ? undefined
          : path === '/v1/sessions/current'
            ? [{ deskSession: [] }]
            : admin
              ? [{ adminToken: [] }]
              : method === 'get' && !history
                ? undefined
                : desk;
      expect(operation.security, `${method} ${path}`).toEqual(expected);
    }
    const secured = operations.filter(({ operation }) => operation.security);
    expect(secured.length).toBeGreaterThanOrEqual(8);
    expect(secured.filter(({ operation }) => !operation.responses['401']).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('lists every Party Charter rule under “Data desk”, with whether it refuses or warns', () => {
    const desk = doc.tags.find((tag) => tag.name === 'Data desk')?.description ?? '';
    expect(WRITE_RULES.length).toBeGreaterThanOrEqual(15);
    expect(WRITE_RULES.filter((rule) => !desk.includes(`| \`${rule.code}\` | ${rule.writes} | ${rule.outcome} | ${rule.rule} |`))).toEqual([]);
    expect(desk).toContain('cell_too_small');
    expect(desk).toContain('refused (422)');
  });

  it('documents the warnings of every write answer and of each imported row', () => {
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    const written = ['OrganizationWriteResponse', 'AdmissionWriteResponse', 'CellsWriteResponse', 'ImportRowReport'];
    expect(written.map((name) => [name, schemas[name]?.required?.includes('warnings'), schemas[name]?.properties?.['warnings'] !== undefined])).toEqual(
      written.map((name) => [name, true, true]),
    );
    expect(schemas['WriteWarning']).toBeDefined();
    const put = [
      '/v1/organizations/{org}',
      '/v1/organizations/{org}/admissions/{period}',
      '/v1/organizations/{org}/cells/{cell}',
      '/v1/organizations/{org}/cells',
    ].map((path) => doc.paths[path]?.put?.responses['200']?.content?.['application/json']?.schema);
    expect(put).toEqual([
      { $ref: '#/components/schemas/OrganizationWriteResponse' },
      { $ref: '#/components/schemas/AdmissionWriteResponse' },
      { $ref: '#/components/schemas/CellsWriteResponse' },
      { $ref: '#/components/schemas/CellsWriteResponse' },
    ]);
  });

  it('documents If-Match on every figure write, and the CSV body of the import', () => {
    for (const path of [
      '/v1/organizations/{org}',
      '/v1/organizations/{org}/admissions/{period}',
      '/v1/organizations/{org}/cells/{cell}',
      '/v1/organizations/{org}/cells',
    ]) {
      expect(
        doc.paths[path]?.put?.parameters?.map((p) => p.name),
        path,
      ).toContain('if-match');
      expect(doc.paths[path]?.put?.responses['412'], path).toBeDefined();
    }
    const body = (doc.paths['/v1/organizations/{org}/import']?.post as { requestBody?: { content: Record<string, unknown> } } | undefined)?.requestBody;
    expect(Object.keys(body?.content ?? {})).toEqual(['text/csv']);
  });

  it('names the parameters the routes validate', () => {
    const admissions = doc.paths['/v1/organizations/{org}/admissions/{period}']?.get;
    expect(admissions?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['org', 'path', true],
      ['period', 'path', true],
      ['asOf', 'query', false],
      ['revision', 'query', false],
    ]);
    const cells = doc.paths['/v1/organizations/{org}/cells']?.get;
    expect(cells?.parameters?.find((p) => p.name === 'asOf')).toMatchObject({ in: 'query', required: false });
  });

  it('uses the domain schemas as named components, and every $ref resolves', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'AdmissionResponse',
        'CellsResponse',
        'OrganizationRecord',
        'Source',
        'Progress',
        'StatusCounts',
        'ApiError',
        'Succession',
        'AdmissionInput',
        'CellWrite',
        'OrganizationInput',
        'ImportReport',
        'Deletion',
        'NewsroomInput',
        'IssuedApiKey',
        'AuditLog',
        'ApiKeyInput',
        'SessionInput',
        'Session',
        'AdmissionHistory',
        'CellHistory',
        'OrganizationList',
      ]),
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
  it('admit null in succeededBy of both reads', () => {
    for (const name of ['AdmissionResponse', 'CellsResponse']) {
      const response = doc.components.schemas[name] as { properties: Record<string, unknown> };
      expect(response.properties.succeededBy, name).toEqual({ anyOf: [{ $ref: '#/components/schemas/Succession' }, { type: 'null' }] });
    }
  });

  it.each(['target', 'progress', 'termToDate'])('admit null in AdmissionResponse.%s', (field) => {
    const response = doc.components.schemas.AdmissionResponse as { properties: Record<string, unknown> };
    expect(response.properties[field]).toEqual({
      anyOf: [{ $ref: `#/components/schemas/${field[0]?.toUpperCase()}${field.slice(1)}` }, { type: 'null' }],
    });
  });
});
