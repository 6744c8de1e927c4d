import { AdmissionResponseSchema, CellsResponseSchema, ImportReportSchema, type ImportReport } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import EXAMPLE from '../../examples/muong-khuong-cells.csv?raw';
import { request, type ErrorBody } from '../../test/request.ts';
import { admissionBody, newsroomWithKey, putOrganization, send } from '../../test/write.ts';

const desk = await newsroomWithKey('import-desk');
const seedDesk = await newsroomWithKey('bao-lao-cai');

function importCsv(org: string, csv: string | Uint8Array, query = '', options: { key?: string; type?: string } = {}) {
  return send(`/v1/organizations/${org}/import${query}`, {
    method: 'POST',
    key: options.key ?? desk.key,
    body: csv,
    headers: { 'Content-Type': options.type ?? 'text/csv; charset=utf-8' },
  });
}
const report = async (res: Response): Promise<ImportReport> => ImportReportSchema.parse(await res.json());
const readCells = async (org: string) => CellsResponseSchema.parse(await (await request(`/v1/organizations/${org}/cells`)).json());

const CELLS = [
  'slug,name,kind,committee,fullMembers,asOf,term,sourcePublisher',
  ',Na Đẩy,residential,formed,12,2024-12-31,2020-2025,Báo Thử',
  ',Sả Hồ,residential,none,,2024-12-31,2020-2025,Báo Thử',
  'co-quan-1,,agencyOrSchool,unknown,,2024-12-31,2020-2025,Báo Thử',
].join('\r\n');

describe('POST /v1/organizations/{org}/import of cells', () => {
  it('imports the Mường Khương example as the seed has it: 25 rows, all unchanged', async () => {
    const res = await importCsv('muong-khuong', EXAMPLE, '', { key: seedDesk.key });
    expect(res.status).toBe(200);
    const body = await report(res);
    expect(body).toMatchObject({ kind: 'cells', dryRun: false, applied: true, summary: { created: 0, updated: 0, unchanged: 25, rejected: 0 } });
    expect(body.rows[0]).toEqual({ line: 2, key: 'na-day', asOf: '2024-12-31', outcome: 'unchanged', revision: 1, issues: [], warnings: [] });
    expect((await readCells('muong-khuong')).revision).toBe(1);
  });

  it('creates an organisation’s first census from a file, then finds it unchanged', async () => {
    await putOrganization(desk.key, 'import-cells');
    const first = await report(await importCsv('import-cells', CELLS));
    expect(first).toMatchObject({ applied: true, summary: { created: 3, updated: 0, unchanged: 0, rejected: 0 } });
    expect(first.rows.map((r) => [r.line, r.key, r.outcome, r.revision])).toEqual([
      [2, 'na-day', 'created', 1],
      [3, 'sa-ho', 'created', 1],
      [4, 'co-quan-1', 'created', 1],
    ]);
    const census = await readCells('import-cells');
    expect(census).toMatchObject({ asOf: '2024-12-31', term: '2020-2025', total: 3, revision: 1, sources: [{ publisher: 'Báo Thử' }] });
    expect(census.cells[0]).toEqual({ slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: 12 });
    const again = await report(await importCsv('import-cells', CELLS));
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect((await readCells('import-cells')).revision).toBe(1);
  });

  it('reads a spreadsheet export: BOM, semicolons, Vietnamese headers and labels, NFD text, day-first dates', async () => {
    await putOrganization(desk.key, 'import-excel');
    const csv = `\uFEFF${['Tên chi bộ;Loại;Chi ủy;Đảng viên chính thức;Ngày số liệu;Nguồn', `${'Chúng Chải B'.normalize('NFD')};Chi bộ tổ dân phố;Thành lập trong nhiệm kỳ;1.002;31/12/2024;Báo Lào Cai`].join('\n')}\n`;
    const body = await report(await importCsv('import-excel', csv));
    expect(body.rows).toEqual([{ line: 2, key: 'chung-chai-b', asOf: '2024-12-31', outcome: 'created', revision: 1, issues: [], warnings: [] }]);
    expect((await readCells('import-excel')).cells[0]).toMatchObject({ name: 'Chúng Chải B', committee: 'formed', fullMembers: 1002 });
  });

  it('previews without writing in a dry run', async () => {
    await putOrganization(desk.key, 'import-dry');
    const res = await importCsv('import-dry', CELLS, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(await report(res)).toMatchObject({ dryRun: true, applied: false, summary: { created: 3 } });
    expect((await request('/v1/organizations/import-dry/cells')).status).toBe(404);
  });

  it('writes nothing when any row is rejected, and names each bad row’s line and column', async () => {
    await putOrganization(desk.key, 'import-mixed');
    const csv = [CELLS, ',Lao Chải,village,formed,,2024-12-31,,Báo Thử', ',Sa Pả,residential,formed,mười,31/02/2024,,Báo Thử'].join('\r\n');
    const res = await importCsv('import-mixed', csv);
    expect(res.status).toBe(422);
    const error = (await res.json<ErrorBody>()).error;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/^2 of 5 rows were rejected, so nothing was imported/);
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['body', 'line', 5, 'kind'],
      ['body', 'line', 6, 'fullMembers'],
      ['body', 'line', 6, 'asOf'],
    ]);
    expect((await request('/v1/organizations/import-mixed/cells')).status).toBe(404);

    const preview = await report(await importCsv('import-mixed', csv, '?dryRun=true'));
    expect(preview.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
    expect(preview.rows[3]).toMatchObject({ line: 5, key: 'lao-chai', outcome: 'rejected', revision: null, issues: [{ path: ['kind'] }] });
  });

  it('updates cells of the census in place, or starts the census of a new day from the last one', async () => {
    await putOrganization(desk.key, 'import-update');
    await importCsv('import-update', CELLS);
    const inPlace = await report(await importCsv('import-update', 'name,kind,committee,asOf\nSả Hồ,residential,formed,2024-12-31\n'));
    expect(inPlace.rows).toEqual([{ line: 2, key: 'sa-ho', asOf: '2024-12-31', outcome: 'updated', revision: 2, issues: [], warnings: [] }]);
    const later = await report(await importCsv('import-update', 'name,kind,committee,asOf,sourcePublisher\nNa Đẩy,residential,formed,2025-06-30,Báo Mới\n'));
    expect(later.rows).toEqual([{ line: 2, key: 'na-day', asOf: '2025-06-30', outcome: 'updated', revision: 3, issues: [], warnings: [] }]);
    expect(await readCells('import-update')).toMatchObject({ asOf: '2025-06-30', total: 3, revision: 3 });
    const noSource = await importCsv('import-update', 'name,kind,committee,asOf\nNa Đẩy,residential,formed,2025-12-31\n');
    expect(noSource.status).toBe(422);
    expect((await noSource.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['body', 'line', 2, 'sourcePublisher']);
  });

  it('rejects rows of another day, a repeated cell, and figures after the organisation closed', async () => {
    await putOrganization(desk.key, 'import-rules', { validTo: '2025-06-30' });
    const csv = [
      'name,kind,committee,asOf,sourcePublisher',
      'Na Đẩy,residential,formed,2024-12-31,Báo Thử',
      'Na Đẩy,residential,none,2024-12-31,Báo Thử',
      'Sả Hồ,residential,none,2025-01-01,Báo Thử',
    ].join('\n');
    const rows = (await report(await importCsv('import-rules', csv, '?dryRun=true'))).rows;
    expect(rows.map((r) => [r.line, r.outcome, r.issues[0]?.message])).toEqual([
      [2, 'created', undefined],
      [3, 'rejected', 'the same cell as line 2'],
      [4, 'rejected', 'one census per file: line 2 is as of 2024-12-31'],
    ]);
    const closed = await report(
      await importCsv('import-rules', 'name,kind,committee,asOf,sourcePublisher\nNa Đẩy,residential,formed,2025-07-01,Báo Thử\n', '?dryRun=true'),
    );
    expect(closed.rows[0]?.issues[0]).toMatchObject({ path: ['asOf'], code: 'after_valid_to' });
  });
});

describe('POST /v1/organizations/{org}/import of admissions', () => {
  it('creates and updates records, keeping a breakdown written with the JSON PUT', async () => {
    await putOrganization(desk.key, 'import-adm');
    await send('/v1/organizations/import-adm/admissions/2024', {
      key: desk.key,
      json: admissionBody({ asOf: '2024-12-31', breakdown: { women: { unit: 'members', exact: 4 } } }),
    });
    const csv = ['Năm,Kết nạp,Chỉ tiêu,Ngày số liệu,Nguồn', '2024,22,20,31/12/2024,Báo Thử', '2025,9,90–100,30/06/2025,Báo Thử'].join('\n');
    const body = await report(await importCsv('import-adm', csv));
    expect(body).toMatchObject({ kind: 'admissions', applied: true });
    expect(body.rows.map((r) => [r.key, r.outcome, r.revision])).toEqual([
      ['2024', 'updated', 2],
      ['2025', 'created', 1],
    ]);
    const updated = AdmissionResponseSchema.parse(await (await request('/v1/organizations/import-adm/admissions/2024')).json());
    expect(updated).toMatchObject({ admitted: 22, breakdown: { women: { exact: 4 } }, revision: 2 });
    const range = AdmissionResponseSchema.parse(await (await request('/v1/organizations/import-adm/admissions/2025')).json());
    expect(range).toMatchObject({ target: { min: 90, max: 100 }, progress: { status: 'below', delta: -81 } });
  });

  it('rejects a repeated period and a row without a source', async () => {
    await putOrganization(desk.key, 'import-adm-bad');
    const csv = ['period,admitted,asOf,sourcePublisher', '2025,3,2025-06-30,Báo Thử', '2025,4,2025-06-30,Báo Thử', '2024,5,2024-12-31,'].join('\n');
    const res = await importCsv('import-adm-bad', csv);
    expect(res.status).toBe(422);
    expect((await res.json<ErrorBody>()).error.issues?.map((i) => i.path)).toEqual([
      ['body', 'line', 3, 'period'],
      ['body', 'line', 4, 'sourcePublisher'],
    ]);
    expect((await request('/v1/organizations/import-adm-bad/admissions/2025')).status).toBe(404);
  });
});

describe('files the import refuses', () => {
  it.each([
    ['another media type', CELLS, 'application/json', 415],
    ['an empty file', '', 'text/csv', 400],
    ['a header without rows', 'name,kind,committee,asOf\n', 'text/csv', 400],
    ['an unclosed quote', 'name,kind,committee,asOf\n"Na Đẩy,residential,formed,2024-12-31\n', 'text/csv', 400],
    ['an unknown column', 'name,kind,committee,asOf,colour\nx,residential,formed,2024-12-31,red\n', 'text/csv', 400],
    ['a header of neither kind', 'name,asOf\nx,2024-12-31\n', 'text/csv', 400],
    ['a header of both kinds', 'period,committee\nx,y\n', 'text/csv', 400],
  ])('%s', async (_, csv, type, status) => {
    await putOrganization(desk.key, 'import-refused');
    const res = await importCsv('import-refused', csv, '', { type });
    expect(res.status).toBe(status);
    expect((await res.json<ErrorBody>()).error.message.length).toBeGreaterThan(0);
  });

  it('refuses text that is not UTF-8, naming the spreadsheet setting to use', async () => {
    await putOrganization(desk.key, 'import-latin');
    const windows1258 = new Uint8Array([...new TextEncoder().encode('name,kind,committee,asOf\n'), 0x4e, 0x61, 0x20, 0xd0, 0xe2, 0x79, 0x0a]);
    const res = await importCsv('import-latin', windows1258);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.message).toMatch(/CSV UTF-8/);
  });

  it('refuses a file holding NUL characters: binary, not text', async () => {
    await putOrganization(desk.key, 'import-nul');
    const res = await importCsv('import-nul', 'name,kind,committee,asOf\nNa\u0000,residential,formed,2024-12-31\n');
    expect(res.status).toBe(400);
  });

  it('refuses more rows than one import takes', async () => {
    await putOrganization(desk.key, 'import-big');
    const rows = Array.from({ length: 101 }, (_, i) => `${1930 + i},1,2024-12-31,Báo Thử`);
    const res = await importCsv('import-big', ['period,admitted,asOf,sourcePublisher', ...rows].join('\n'));
    expect(res.status).toBe(413);
  });

  it('answers 403 for another newsroom’s organisation and 404 for none', async () => {
    expect((await importCsv('muong-khuong', CELLS)).status).toBe(403);
    expect((await importCsv('import-nowhere', CELLS)).status).toBe(404);
  });

  it('takes ?kind= to say what the file is, and refuses other query parameters', async () => {
    await putOrganization(desk.key, 'import-kind');
    expect((await importCsv('import-kind', CELLS, '?kind=admissions&dryRun=true')).status).toBe(400);
    expect((await importCsv('import-kind', CELLS, '?kind=cells&dryRun=true')).status).toBe(200);
    expect((await importCsv('import-kind', CELLS, '?dry_run=true')).status).toBe(400);
    expect((await importCsv('import-kind', CELLS, '?dryRun=yes')).status).toBe(400);
  });
});
