// The figures of the Báo Lào Cai article, exactly, as the deployed Worker serves them from D1.
import { AdmissionResponseSchema, CellsResponseSchema } from '@chitieu/domain';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string) => exports.default.fetch(`https://api.chitieu.test${path}`);

describe('admissions of Đảng bộ thị trấn Mường Khương in 2024', async () => {
  const res = await get('/v1/organizations/muong-khuong/admissions/2024');
  const body = AdmissionResponseSchema.parse(await res.json());

  it('answers 200', () => expect(res.status).toBe(200));
  it('names the organisation', () => expect(body.organization).toEqual({ slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' }));
  it('admitted 53 against a target of 20: 33 above it, 265%', () => {
    expect(body.period).toBe('2024');
    expect(body.admitted).toBe(53);
    expect(body.target).toEqual({ min: 20, max: 20 });
    expect(body.delta).toBe(33);
    expect(body.progress).toEqual({ delta: 33, ratio: 2.65, status: 'above' });
  });
  it('9 came from a non-state enterprise, exactly', () => {
    expect(body.breakdown.nonStateEnterprise).toMatchObject({ unit: 'members', exact: 9, min: null, max: null });
  });
  it('more than 60% were of youth-union age: a bound, not a count', () => {
    expect(body.breakdown.youth).toMatchObject({ unit: 'share', exact: null, min: 0.6, minExclusive: true, max: null });
  });
  it('93 admitted in the 2020–2025 term to date, 454 members in all, as of 31 Dec 2024', () => {
    expect(body.termToDate).toEqual({ term: '2020-2025', admitted: 93 });
    expect(body.totalMembers).toBe(454);
    expect(body.asOf).toBe('2024-12-31');
  });
  it('cites Báo Lào Cai', () => {
    expect(body.sources).toEqual([{ publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }]);
  });
});

describe('cells of Đảng bộ thị trấn Mường Khương', async () => {
  const res = await get('/v1/organizations/muong-khuong/cells');
  const body = CellsResponseSchema.parse(await res.json());
  const named = (committee: string) => body.cells.filter((c) => c.committee === committee).map((c) => c.name);

  it('answers 200 with 25 cells', () => {
    expect(res.status).toBe(200);
    expect(body.cells).toHaveLength(25);
    expect(body.total).toBe(25);
  });
  it('counts 10 existing, 5 formed, 2 none, 8 unknown, 0 ineligible', () => {
    expect(body.counts).toEqual({ existing: 10, formed: 5, none: 2, ineligible: 0, unknown: 8 });
  });
  it('names the 5 cells that formed a committee and the 2 that still have none', () => {
    expect(named('formed')).toEqual(['Na Đẩy', 'Na Khui', 'Chúng Chải B', 'Lao Chải', 'Sa Pả']);
    expect(named('none')).toEqual(['Choán Ván', 'Sả Hồ']);
  });
  it('has 17 residential cells, and leaves unnamed cells unnamed', () => {
    expect(body.cells.filter((c) => c.kind === 'residential')).toHaveLength(17);
    expect(named('existing')).toEqual(Array(10).fill(null));
    expect(named('unknown')).toEqual(Array(8).fill(null));
    expect(body.cells.filter((c) => c.kind !== 'residential').every((c) => c.committee === 'unknown')).toBe(true);
  });
  it('refers to the 2020–2025 term, as of 31 Dec 2024, citing Báo Lào Cai', () => {
    expect(body.term).toBe('2020-2025');
    expect(body.asOf).toBe('2024-12-31');
    expect(body.sources.map((s) => s.publisher)).toEqual(['Báo Lào Cai']);
  });
});
