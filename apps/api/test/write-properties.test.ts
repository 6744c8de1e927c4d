// Property tests of the write path: over a thousand random and malformed requests to every write
// route, and not one answers 5xx or changes a stored row. Each run sends a handful of requests at
// once (racing, as a busy script would), which also keeps the suite quick. Bodies are random JSON, valid bodies with
// one field broken, raw text, CSV files with at least one bad row (an import is all or nothing),
// and valid bodies behind a stale If-Match. Each run counts the requests it really sent, and every
// table of the database (sources, newsrooms and keys too) is compared before and after.
import { AdmissionInputSchema, ApiErrorSchema, CellWriteSchema, OrganizationInputSchema } from '@chitieu/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpTables } from './table-dump.ts';
import { admin, admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const ORG = 'prop-town';
const AT_ONCE = 10;

const desk = await newsroomWithKey('prop-desk');
// One key per route: the write limit (600 a minute per key) is real here too.
const keys = [
  desk.key,
  ...(await Promise.all(
    [1, 2, 3].map(
      async () => (await (await admin('/v1/newsrooms/prop-desk/keys', { method: 'POST', json: { label: 'Property desk' } })).json<{ key: string }>()).key,
    ),
  )),
];
await putOrganization(desk.key, ORG, { validTo: '2030-12-31' });
await send(`/v1/organizations/${ORG}/admissions/2025`, { key: desk.key, json: admissionBody() });
await send(`/v1/organizations/${ORG}/cells/na-day`, { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] } });

/** A valid body with one thing broken: a field set to random JSON, an unknown field, or a required field left out. */
function broken(valid: Record<string, unknown>, schema: { safeParse(value: unknown): { success: boolean } }) {
  const fields = Object.keys(valid);
  return fc
    .oneof(
      fc.record({ field: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 3 }) }).map(({ field, value }) => ({ ...valid, [field]: value })),
      fc
        .record({ field: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }) })
        .map(({ field, value }) => ({ ...valid, [field]: value })),
      fc.constantFrom(...fields).map((field) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field))),
      fc.jsonValue({ maxDepth: 4 }),
    )
    .filter((body) => !schema.safeParse(body).success);
}

type Sent = { body: string; headers: Record<string, string> };

const json = (body: unknown): Sent => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** Raw bodies: text that is not JSON, JSON of the wrong kind, wrong media types, junk headers. */
const raw: fc.Arbitrary<Sent> = fc.oneof<fc.Arbitrary<Sent>[]>(
  fc.string({ maxLength: 200 }).map((body) => ({ body, headers: { 'Content-Type': 'application/json' } })),
  fc.string({ unit: 'binary', maxLength: 100 }).map((body) => ({ body, headers: { 'Content-Type': 'application/json; charset=utf-8' } })),
  fc
    .record({
      body: fc.string({ maxLength: 50 }),
      type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', ''),
    })
    .map(({ body, type }): Sent => ({ body, headers: type ? { 'Content-Type': type } : {} })),
  fc.record({ body: fc.jsonValue({ maxDepth: 2 }), ifMatch: fc.string({ maxLength: 20 }) }).map(({ body, ifMatch }) => ({
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'If-Match': ifMatch.replace(/[\r\n]/g, '') },
  })),
);

/** Valid bodies that must still change nothing: their If-Match names a revision that is not current. */
const stale = (valid: unknown): fc.Arbitrary<Sent> =>
  fc.integer({ min: 5, max: 10_000 }).map((revision) => ({ ...json(valid), headers: { 'Content-Type': 'application/json', 'If-Match': `"${revision}"` } }));

const CELL_COLUMNS = ['slug', 'name', 'kind', 'committee', 'committeeFormedOn', 'fullMembers', 'asOf', 'term', 'sourcePublisher', 'sourceUrl'];
const csvField = fc.oneof(
  fc.constantFrom('', 'Na Đẩy', 'residential', 'formed', '2024-12-31', '2020-2025', 'Báo Thử', '12', '"', '""', ';', '\n'),
  fc.string({ maxLength: 15 }),
);
const quote = (field: string) => (/[",;\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** CSV files of random columns and fields, each with one certainly bad row; or random text. */
const csvFiles: fc.Arbitrary<Sent> = fc.oneof<fc.Arbitrary<Sent>[]>(
  fc
    .record({
      columns: fc.shuffledSubarray(CELL_COLUMNS, { minLength: 1 }),
      rows: fc.array(fc.array(csvField, { minLength: 1, maxLength: 11 }), { maxLength: 6 }),
      separator: fc.constantFrom(',', ';'),
      bom: fc.boolean(),
    })
    .map(({ columns, rows, separator, bom }): Sent => {
      const bad = ['bad-row', 'Bad row', 'village', 'maybe', '', 'mười', '2024-02-30', '2025', '', ''].slice(0, Math.max(columns.length, 1));
      const lines = [columns, ...rows, bad].map((fields) => fields.map(quote).join(separator));
      return { body: `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}`, headers: { 'Content-Type': 'text/csv' } };
    }),
  fc.string({ maxLength: 300 }).map((body) => ({ body, headers: { 'Content-Type': 'text/csv' } })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: new TextDecoder('latin1').decode(bytes), headers: { 'Content-Type': 'text/csv' } })),
);

const ROUTES: { name: string; path: string; method: string; key: string; runs: number; sent: fc.Arbitrary<Sent> }[] = [
  {
    name: 'PUT an organisation',
    path: `/v1/organizations/${ORG}`,
    method: 'PUT',
    key: keys[0] ?? '',
    runs: 260,
    sent: fc.oneof(
      broken({ name: 'Đảng bộ prop-town', kind: 'grassroots', parent: null, validTo: '2030-12-31' }, OrganizationInputSchema).map(json),
      raw,
      stale({ name: 'Renamed', kind: 'grassroots' }),
    ),
  },
  {
    name: 'PUT admissions',
    path: `/v1/organizations/${ORG}/admissions/2025`,
    method: 'PUT',
    key: keys[1] ?? '',
    runs: 260,
    sent: fc.oneof(broken(admissionBody(), AdmissionInputSchema).map(json), raw, stale(admissionBody({ admitted: 99 }))),
  },
  {
    name: 'PUT a cell',
    path: `/v1/organizations/${ORG}/cells/na-day`,
    method: 'PUT',
    key: keys[2] ?? '',
    runs: 260,
    sent: fc.oneof(broken({ ...cellBody(), asOf: '2024-12-31' }, CellWriteSchema).map(json), raw, stale(cellBody({ committee: 'none' }))),
  },
  { name: 'POST an import', path: `/v1/organizations/${ORG}/import`, method: 'POST', key: keys[3] ?? '', runs: 220, sent: csvFiles },
];

/** Requests each route's test really sent and had answered, by path (the import's path is its own). */
const sentByRoute = new Map<string, number>();

describe('the write path under random and malformed requests', () => {
  it.each(ROUTES)(
    '$name: $runs requests, every one a 4xx in the error shape, nothing stored',
    { timeout: 30_000 },
    async ({ path, method, key, runs, sent }) => {
      const before = await dumpTables();
      const statuses = new Map<number, number>();
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(sent, { minLength: AT_ONCE, maxLength: AT_ONCE }), async (requests) => {
          const responses = await Promise.all(requests.map(({ body, headers }) => send(path, { method, key, body, headers })));
          answered += responses.length;
          for (const [i, res] of responses.entries()) {
            const body = requests[i]?.body.slice(0, 200);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, body).toBeGreaterThanOrEqual(400);
            expect(res.status, body).toBeLessThan(500);
            expect(ApiErrorSchema.safeParse(await res.json()).success, body).toBe(true);
          }
        }),
        { numRuns: runs / AT_ONCE },
      );
      expect(answered).toBe(runs);
      expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(runs);
      expect(await dumpTables()).toEqual(before);
      // The runs reached validation, the conditions and the import, not only one early exit.
      expect(statuses.size).toBeGreaterThan(1);
      sentByRoute.set(path, answered);
    },
  );

  it('sent at least 1,000 requests in all, to every route', () => {
    expect([...sentByRoute.keys()].sort()).toEqual(ROUTES.map((route) => route.path).sort());
    expect([...sentByRoute.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1000);
  });
});
