// Every write route refuses a key of another newsroom with 403 and changes nothing, in any table:
// one table of routes, each sent a body that would be accepted from the owner's key (so the only
// reason to refuse is whose key it is), and the whole database compared before and after. There is
// no DELETE of organisations: an organisation is closed with a PUT of its `validTo`.
import { ApiErrorSchema } from '@chitieu/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpTables } from './table-dump.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const owner = await newsroomWithKey('cross-owner');
const intruder = await newsroomWithKey('cross-intruder');
const ORG = 'cross-town';

const CELLS_CSV = 'slug,name,kind,committee,asOf,sourcePublisher\nna-day,Na Đẩy,residential,none,2024-12-31,Báo Thử';
const ADMISSIONS_CSV = 'period,admitted,target,asOf,sourcePublisher\n2025,30,20,2025-06-30,Báo Thử';
const csv = { 'Content-Type': 'text/csv' };

type Route = { name: string; method: string; path: string; json?: unknown; body?: string; headers?: Record<string, string> };

const ROUTES: Route[] = [
  { name: 'PUT an organisation', method: 'PUT', path: `/v1/organizations/${ORG}`, json: { name: 'Tên khác', kind: 'grassroots' } },
  { name: 'PUT admissions', method: 'PUT', path: `/v1/organizations/${ORG}/admissions/2025`, json: admissionBody({ admitted: 40 }) },
  { name: 'PUT new admissions', method: 'PUT', path: `/v1/organizations/${ORG}/admissions/2024`, json: admissionBody({ asOf: '2024-12-31' }) },
  { name: 'DELETE admissions', method: 'DELETE', path: `/v1/organizations/${ORG}/admissions/2025` },
  { name: 'PUT a cell', method: 'PUT', path: `/v1/organizations/${ORG}/cells/na-day`, json: cellBody({ committee: 'none' }) },
  { name: 'PUT a new cell', method: 'PUT', path: `/v1/organizations/${ORG}/cells/sa-ho`, json: cellBody({ name: 'Sả Hồ' }) },
  { name: 'DELETE a cell', method: 'DELETE', path: `/v1/organizations/${ORG}/cells/na-day` },
  { name: 'POST an import of cells', method: 'POST', path: `/v1/organizations/${ORG}/import`, body: CELLS_CSV, headers: csv },
  { name: 'POST an import of admissions', method: 'POST', path: `/v1/organizations/${ORG}/import`, body: ADMISSIONS_CSV, headers: csv },
  { name: 'POST a dry-run import', method: 'POST', path: `/v1/organizations/${ORG}/import?dryRun=true`, body: CELLS_CSV, headers: csv },
];

beforeAll(async () => {
  expect((await putOrganization(owner.key, ORG)).status).toBe(201);
  expect((await send(`/v1/organizations/${ORG}/admissions/2025`, { key: owner.key, json: admissionBody() })).status).toBe(201);
  const census = { ...cellBody(), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] };
  expect((await send(`/v1/organizations/${ORG}/cells/na-day`, { key: owner.key, json: census })).status).toBe(201);
});

describe('a write with another newsroom’s key', () => {
  it.each(ROUTES)('$name: 403 in the error shape, and no table changes', async ({ method, path, json, body, headers }) => {
    const before = await dumpTables();
    const res = await send(path, { key: intruder.key, method, json, body, headers });
    expect(res.status).toBe(403);
    const error = ApiErrorSchema.parse(await res.json());
    expect(error.error.message).toContain('cross-owner');
    expect(await dumpTables()).toEqual(before);
  });

  it('is the only reason each of those writes is refused: the owner’s key may send every one', async () => {
    const statuses = [];
    for (const { method, path, json, body, headers } of ROUTES) statuses.push((await send(path, { key: owner.key, method, json, body, headers })).status);
    expect(statuses).toHaveLength(ROUTES.length);
    expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);
  });

  it('compares every table, the newsrooms, keys and sources among them', async () => {
    const dump = await dumpTables();
    for (const table of ['newsrooms', 'api_keys', 'sources', 'organizations', 'admission_records', 'cells', 'audit_log'])
      expect(dump[table]?.length ?? 0, table).toBeGreaterThan(0);
    expect(Object.keys(dump)).toEqual(
      expect.arrayContaining(['auth_failures', 'write_preconditions', 'organization_revisions', 'cell_census_revisions', 'admission_record_revisions']),
    );
  });
});
