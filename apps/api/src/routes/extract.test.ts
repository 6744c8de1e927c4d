import { ExtractResponseSchema, MAX_EXTRACT_TEXT_LENGTH } from '@chitieu/domain/extract';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, newsroomWithKey, send, SOURCE_JSON } from '../../test/write.ts';

const desk = await newsroomWithKey('extract-desk');
const post = (json: unknown, key: string | null = desk.key) => send('/v1/extract', { method: 'POST', key, json });

const REPORT =
  'Năm 2024, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên mới, vượt 8 đảng viên so với chỉ tiêu được giao, ' +
  'nâng tổng số đảng viên lên 412 đồng chí. Hiện Đảng bộ có 14 chi bộ trực thuộc; 2 chi bộ (Nậm Bó, Cốc Chứ) chưa có chi ủy.';

describe('POST /v1/extract', () => {
  it('answers 401 with a challenge when no key is sent', async () => {
    const res = await post({ text: REPORT }, null);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });

  it('answers 403 for the administrator token, which writes no figures', async () => {
    const res = await admin('/v1/extract', { method: 'POST', json: { text: REPORT } });
    expect(res.status).toBe(403);
  });

  it('proposes the figures with spans that slice the text back to their words, and the record drafts with the source', async () => {
    const res = await post({ text: REPORT, source: SOURCE_JSON });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = ExtractResponseSchema.parse(await res.json());
    const quoted = body.figures.map((f) => [f.type, f.value, REPORT.slice(f.span.start, f.span.end)]);
    expect(quoted).toEqual([
      ['organization', 'Đảng bộ xã Bản Xen', 'Đảng bộ xã Bản Xen'],
      ['admitted', 28, 'kết nạp được 28 đảng viên'],
      ['overshoot', 8, 'vượt 8 đảng viên so với chỉ tiêu được giao'],
      ['target', { min: 20, max: 20 }, 'vượt 8 đảng viên so với chỉ tiêu được giao'],
      ['totalMembers', 412, 'nâng tổng số đảng viên lên 412 đồng chí'],
      ['cells', 14, 'có 14 chi bộ trực thuộc'],
      ['cellsWithoutCommittee', 2, '2 chi bộ (Nậm Bó, Cốc Chứ) chưa có chi ủy'],
      ['namedCell', 'Nậm Bó', 'Nậm Bó'],
      ['namedCell', 'Cốc Chứ', 'Cốc Chứ'],
    ]);
    const target = body.figures.find((f) => f.type === 'target');
    expect(target?.derivation?.explanation).toBe('28 − 8 = 20');
    expect(body.source).toEqual(SOURCE_JSON);
    expect(body.records.organizations[0]?.admissions[0]?.record).toEqual({
      sources: [SOURCE_JSON],
      admitted: 28,
      target: { min: 20, max: 20 },
      totalMembers: 412,
    });
  });

  it('points into text sent in NFD at the decomposed characters', async () => {
    const decomposed = REPORT.normalize('NFD');
    const body = ExtractResponseSchema.parse(await (await post({ text: decomposed })).json());
    const admitted = body.figures.find((f) => f.type === 'admitted');
    expect(admitted && decomposed.slice(admitted.span.start, admitted.span.end)).toBe('kết nạp được 28 đảng viên'.normalize('NFD'));
    expect(admitted?.span.start).toBeGreaterThan(REPORT.indexOf('kết nạp'));
  });

  it.each([
    ['a text over the limit', { text: 'a'.repeat(MAX_EXTRACT_TEXT_LENGTH + 1) }, ['body', 'text']],
    ['a text that is not a string', { text: 53 }, ['body', 'text']],
    ['no text', { source: SOURCE_JSON }, ['body', 'text']],
    ['a blank text', { text: ' \n ' }, ['body', 'text']],
    ['a source link that is not http(s)', { text: REPORT, source: { publisher: 'Báo Thử', url: 'ftp://example.vn/bai' } }, ['body', 'source', 'url']],
    ['a source day that does not exist', { text: REPORT, source: { publisher: 'Báo Thử', publishedOn: '2024-02-30' } }, ['body', 'source', 'publishedOn']],
  ])('answers 400 naming the field for %s', async (_case, json, path) => {
    const res = await post(json);
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.map((issue) => issue.path)).toContainEqual(path);
  });

  it('answers 400 naming the field when the source holds a NUL character', async () => {
    const res = await post({ text: REPORT, source: { publisher: 'Báo\u0000Thử' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.[0]?.path).toEqual(['body', 'source', 'publisher']);
  });

  it('proposes nothing, and says so plainly, for a text about other things', async () => {
    const body = ExtractResponseSchema.parse(await (await post({ text: 'Năm 2024, huyện làm mới 18 km đường, đạt 120% kế hoạch.' })).json());
    expect(body).toMatchObject({ organizations: [], figures: [], source: null, records: { organizations: [] } });
  });
});
