// The Party Charter on the write path, end to end: figures that contradict it are stored with
// warnings the data desk can show; impossible figures are refused with 422 naming the field, and
// nothing in any table changes.
import { ApiErrorSchema, CellsResponseSchema, ImportReportSchema } from '@chitieu/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdmissionWriteResponseSchema, CellsWriteResponseSchema, OrganizationWriteResponseSchema } from '../src/routes/write-responses.ts';
import { request } from './request.ts';
import { dumpTables } from './table-dump.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('charter-desk');
const put = (path: string, json: unknown) => send(`/v1/organizations/${path}`, { key: desk.key, json });
const importCsv = (org: string, lines: string[], query = '') =>
  send(`/v1/organizations/${org}/import${query}`, { key: desk.key, method: 'POST', body: lines.join('\n'), headers: { 'Content-Type': 'text/csv' } });
const census = (fields: Record<string, unknown> = {}) => ({ ...cellBody(fields), asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE_JSON] });
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

beforeAll(async () => {
  expect((await putOrganization(desk.key, 'charter-town')).status).toBe(201);
  expect((await put('charter-town/cells/na-day', census())).status).toBe(201);
  expect((await putOrganization(desk.key, 'charter-closed', { validTo: '2025-06-30' })).status).toBe(201);
  expect((await putOrganization(desk.key, 'charter-new', { validFrom: '2025-07-01' })).status).toBe(201);
});

describe('a write that contradicts the Charter', () => {
  it('stores a formed committee of 2 full members and answers both warnings, in Vietnamese and English', async () => {
    const res = await put('charter-town/cells/sa-ho', cellBody({ name: 'Sả Hồ', committee: 'formed', fullMembers: 2 }));
    expect(res.status).toBe(201);
    const body = CellsWriteResponseSchema.parse(await res.json());
    expect(body.warnings).toMatchObject([
      { path: ['body', 'fullMembers'], code: 'cell_too_small', message: expect.stringContaining('Chi bộ cần ít nhất 3 đảng viên chính thức') },
      { path: ['body', 'committee'], code: 'committee_too_small', message: expect.stringContaining('Only a cell with 9 or more full members') },
    ]);
    const stored = CellsResponseSchema.parse(await (await request('/v1/organizations/charter-town/cells')).json());
    expect(stored.cells.find((cell) => cell.slug === 'sa-ho')).toMatchObject({ committee: 'formed', fullMembers: 2 });
  });

  it('answers no warnings for a cell that fits the Charter', async () => {
    const res = await put('charter-town/cells/lao-chai', cellBody({ name: 'Lao Chải', committee: 'existing', fullMembers: 12 }));
    expect(res.status).toBe(201);
    expect(CellsWriteResponseSchema.parse(await res.json()).warnings).toEqual([]);
  });

  it('warns about a cell marked too small for a committee that has 9 full members', async () => {
    const res = await put('charter-town/cells/chung-chai', cellBody({ name: 'Chúng Chải', committee: 'ineligible', fullMembers: 9 }));
    expect(res.status).toBe(201);
    const body = CellsWriteResponseSchema.parse(await res.json());
    expect(codes(body.warnings)).toEqual(['eligible_marked_ineligible']);
    // Stored as the source says, and counted as not eligible in the read the cell map uses.
    expect(body.counts).toEqual({ existing: 1, formed: 2, none: 0, ineligible: 1, unknown: 0 });
  });

  it('stores a total membership below the members admitted, with a warning', async () => {
    const res = await put('charter-town/admissions/2025', admissionBody({ admitted: 21, totalMembers: 20 }));
    expect(res.status).toBe(201);
    const body = AdmissionWriteResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ admitted: 21, totalMembers: 20 });
    // 20 members with cells is also below the 30 of a đảng bộ cơ sở.
    expect(body.warnings).toMatchObject([
      { path: ['body', 'totalMembers'], code: 'total_below_admitted' },
      { path: ['body', 'totalMembers'], code: 'grassroots_too_small_for_cells' },
    ]);
  });

  it('warns on every write that a grassroots organisation of fewer than 30 members has cells', async () => {
    expect((await putOrganization(desk.key, 'charter-small')).status).toBe(201);
    expect((await put('charter-small/cells/na-day', census())).status).toBe(201);
    const admissions = AdmissionWriteResponseSchema.parse(
      await (await put('charter-small/admissions/2024', admissionBody({ admitted: 3, asOf: '2024-12-31', totalMembers: 25 }))).json(),
    );
    expect(admissions.warnings).toMatchObject([
      { path: ['body', 'totalMembers'], code: 'grassroots_too_small_for_cells', message: expect.stringContaining('25 đảng viên và 1 chi bộ') },
    ]);
    const cell = CellsWriteResponseSchema.parse(await (await put('charter-small/cells/sa-ho', cellBody({ name: 'Sả Hồ', committee: 'none' }))).json());
    expect(cell.warnings).toMatchObject([
      { path: ['body'], code: 'grassroots_too_small_for_cells', message: expect.stringContaining('25 members and 2 cells') },
    ]);
    const organization = OrganizationWriteResponseSchema.parse(await (await putOrganization(desk.key, 'charter-small', { name: 'Đảng bộ nhỏ' })).json());
    expect(organization.warnings).toMatchObject([{ path: ['body', 'kind'], code: 'grassroots_too_small_for_cells' }]);
    const district = OrganizationWriteResponseSchema.parse(
      await (await putOrganization(desk.key, 'charter-small', { name: 'Đảng bộ nhỏ', kind: 'district' })).json(),
    );
    expect(district.warnings).toEqual([]);
  });

  it('reports the warnings of each row of an import, in a dry run and when applied', async () => {
    expect((await putOrganization(desk.key, 'charter-import')).status).toBe(201);
    const lines = [
      'slug,name,kind,committee,fullMembers,asOf,term,sourcePublisher',
      'na-day,Na Đẩy,residential,formed,2,2024-12-31,2020-2025,Báo Thử',
      'sa-ho,Sả Hồ,residential,none,5,2024-12-31,2020-2025,Báo Thử',
    ];
    for (const query of ['?dryRun=true', '']) {
      const res = await importCsv('charter-import', lines, query);
      expect(res.status, query).toBe(200);
      const report = ImportReportSchema.parse(await res.json());
      expect(
        report.rows.map((row) => ({ line: row.line, outcome: row.outcome, warnings: codes(row.warnings) })),
        query,
      ).toEqual([
        { line: 2, outcome: 'created', warnings: ['cell_too_small', 'committee_too_small'] },
        { line: 3, outcome: 'created', warnings: [] },
      ]);
      expect(report.rows[0]?.warnings[0]?.path).toEqual(['fullMembers']);
    }
    const stored = CellsResponseSchema.parse(await (await request('/v1/organizations/charter-import/cells')).json());
    expect(stored.cells.map((cell) => [cell.slug, cell.fullMembers])).toEqual([
      ['na-day', 2],
      ['sa-ho', 5],
    ]);
  });
});

type Refusal = { name: string; send: () => Promise<Response>; path: (string | number)[]; code: string };

const REFUSALS: Refusal[] = [
  {
    name: 'admissions after the organisation closed',
    send: () => put('charter-closed/admissions/2025', admissionBody({ asOf: '2025-12-31' })),
    path: ['body', 'asOf'],
    code: 'after_valid_to',
  },
  {
    name: 'a cell before the organisation existed',
    send: () => put('charter-new/cells/na-day', census({ asOf: '2025-06-30' })),
    path: ['body', 'asOf'],
    code: 'before_valid_from',
  },
  {
    name: 'another term for an existing census',
    send: () => put('charter-town/cells/na-day', { ...cellBody(), term: '2025-2030' }),
    path: ['body', 'term'],
    code: 'census_term_differs',
  },
  {
    name: 'a new census without sources',
    send: () => put('charter-town/cells/na-day', { ...cellBody(), asOf: '2025-06-30' }),
    path: ['body', 'sources'],
    code: 'census_needs_sources',
  },
  {
    name: 'a committee formed after the census day',
    send: () => put('charter-town/cells/na-day', cellBody({ committeeFormedOn: '2025-01-05' })),
    path: ['body', 'committeeFormedOn'],
    code: 'formed_after_as_of',
  },
  {
    name: 'figures as of a day before their period',
    send: () => put('charter-town/admissions/2026', admissionBody({ asOf: '2025-12-31' })),
    path: ['body', 'asOf'],
    code: 'as_of_before_period',
  },
  {
    name: 'fewer admitted since the start of the term than in a year of it',
    send: () => put('charter-town/admissions/2024', admissionBody({ admitted: 53, asOf: '2024-12-31', termToDate: { term: '2020-2025', admitted: 40 } })),
    path: ['body', 'termToDate', 'admitted'],
    code: 'term_to_date_below_period',
  },
  {
    name: 'an imported committee formed after the census day',
    send: () => importCsv('charter-town', ['slug,kind,committee,committeeFormedOn,asOf', 'na-day,residential,formed,2025-01-05,2024-12-31']),
    path: ['body', 'line', 2, 'committeeFormedOn'],
    code: 'formed_after_as_of',
  },
  {
    name: 'an imported term-to-date figure below the year’s',
    send: () =>
      importCsv('charter-town', ['period,admitted,termToDateTerm,termToDateAdmitted,asOf,sourcePublisher', '2024,53,2020-2025,40,2024-12-31,Báo Thử']),
    path: ['body', 'line', 2, 'termToDateAdmitted'],
    code: 'term_to_date_below_period',
  },
];

describe('a write of impossible figures', () => {
  it.each(REFUSALS)('refuses $name with 422 naming the field, and no table changes', async ({ send: write, path, code }) => {
    const before = await dumpTables();
    const res = await write();
    expect(res.status).toBe(422);
    const { error } = ApiErrorSchema.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
    expect(await dumpTables()).toEqual(before);
  });
});
