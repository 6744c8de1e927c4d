import { describe, expect, it } from 'vitest';
import { AdmissionInputSchema } from '../admission.ts';
import { CellInputSchema } from '../cell.ts';
import { OrganizationSchema } from '../organization.ts';
import { progress } from '../progress.ts';
import { grassrootsKind } from '../rules.ts';
import { SeedDatasetSchema } from '../seed-dataset.ts';
import { SourceSchema } from '../source.ts';
import { countStatuses } from '../status-counts.ts';
import { slugify } from '../text.ts';
import { SEED } from './muong-khuong-2024.ts';

const year2024 = SEED.admissions.find((a) => a.organization === 'muong-khuong' && a.period === '2024');
const term = SEED.admissions.find((a) => a.organization === 'muong-khuong' && a.period === '2020-2025');
const census = SEED.cellCensuses[0];
const cells = census?.cells ?? [];

describe('the Mường Khương 2024 seed', () => {
  it('passes the dataset schema unchanged, so it carries no field the schemas would fill in', () => {
    expect(SeedDatasetSchema.parse(SEED)).toEqual(SEED);
  });

  it('passes each record schema on its own', () => {
    for (const org of SEED.organizations) expect(OrganizationSchema.parse(org)).toEqual(org);
    for (const { organization: _o, period: _p, ...record } of SEED.admissions) expect(AdmissionInputSchema.parse(record)).toEqual(record);
    for (const { slug: _s, ...cell } of cells) expect(CellInputSchema.parse(cell)).toEqual(cell);
    for (const source of [...SEED.admissions, ...SEED.cellCensuses].flatMap((r) => r.sources)) SourceSchema.parse(source);
  });

  it('cites Báo Lào Cai without an invented link or date', () => {
    expect(census?.sources).toEqual([{ publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }]);
    expect(year2024?.sources).toEqual(census?.sources);
  });

  it('has the town under its district under its province, both closed on 30 June 2025 with no invented successors', () => {
    const bySlug = new Map(SEED.organizations.map((o) => [o.slug, o]));
    expect(bySlug.get('muong-khuong')).toMatchObject({
      name: 'Đảng bộ thị trấn Mường Khương',
      kind: 'grassroots',
      parent: 'huyen-muong-khuong',
      validTo: '2025-06-30',
      successors: [],
    });
    expect(bySlug.get('huyen-muong-khuong')).toMatchObject({
      name: 'Đảng bộ huyện Mường Khương',
      kind: 'district',
      parent: 'lao-cai',
      validTo: '2025-06-30',
      successors: [],
    });
    expect(bySlug.get('lao-cai')).toMatchObject({ name: 'Đảng bộ tỉnh Lào Cai', kind: 'provincial', parent: null });
  });

  it('admitted 53 in 2024 against a target of 20: 33 above', () => {
    expect(year2024?.admitted).toBe(53);
    expect(year2024?.target).toEqual({ min: 20, max: 20 });
    expect(year2024?.asOf).toBe('2024-12-31');
    expect(progress(year2024?.admitted ?? 0, year2024?.target ?? null)).toEqual({ delta: 33, ratio: 2.65, status: 'above' });
  });

  it('records "more than 60%" youth as an exclusive bound and 9 members from the cooperative', () => {
    expect(year2024?.breakdown.youth).toMatchObject({ unit: 'share', exact: null, min: 0.6, minExclusive: true, max: null });
    expect(year2024?.breakdown.youth?.note).toMatch(/công an viên và dân quân/);
    expect(year2024?.breakdown.nonStateEnterprise).toMatchObject({
      unit: 'members',
      exact: 9,
      note: 'Hợp tác xã Kinh doanh tổng hợp - Môi trường Mường Khương',
    });
  });

  it('counts 93 admitted since the start of the 2020-2025 term and 454 members', () => {
    expect(year2024?.termToDate).toEqual({ term: '2020-2025', admitted: 93 });
    expect(year2024?.totalMembers).toBe(454);
    expect(term).toMatchObject({ admitted: 93, target: null, totalMembers: 454, asOf: '2024-12-31' });
    expect(grassrootsKind(454)).toBe('committee');
  });

  it('lists 25 cells for the 2020-2025 term: 17 residential, 8 agency or school', () => {
    expect(census).toMatchObject({ organization: 'muong-khuong', term: '2020-2025', asOf: '2024-12-31' });
    expect(cells).toHaveLength(25);
    expect(cells.filter((c) => c.kind === 'residential')).toHaveLength(17);
    expect(cells.filter((c) => c.kind === 'agencyOrSchool')).toHaveLength(8);
  });

  it('counts 10 existing, 5 formed, 2 none, 8 unknown and 0 ineligible committees', () => {
    expect(countStatuses(cells)).toEqual({ existing: 10, formed: 5, none: 2, ineligible: 0, unknown: 8 });
  });

  it('names exactly the 7 cells the article names, with slugify slugs', () => {
    const named = cells.filter((c) => c.name !== null);
    expect(named.map((c) => [c.name, c.committee, c.slug])).toEqual([
      ['Na Đẩy', 'formed', 'na-day'],
      ['Na Khui', 'formed', 'na-khui'],
      ['Chúng Chải B', 'formed', 'chung-chai-b'],
      ['Lao Chải', 'formed', 'lao-chai'],
      ['Sa Pả', 'formed', 'sa-pa'],
      ['Choán Ván', 'none', 'choan-van'],
      ['Sả Hồ', 'none', 'sa-ho'],
    ]);
    for (const c of named) expect(c.slug).toBe(slugify(c.name ?? ''));
  });

  it('leaves unnamed cells unnamed, numbered by slug', () => {
    const slugs = cells.filter((c) => c.name === null).map((c) => c.slug);
    expect(slugs).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `to-dan-pho-chua-ro-ten-${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `co-quan-truong-hoc-chua-ro-ten-${i + 1}`),
    ]);
    expect(cells.filter((x) => x.kind === 'agencyOrSchool').map((c) => c.committee)).toEqual(Array(8).fill('unknown'));
  });

  it('invents no member counts or dates', () => {
    expect(cells).toHaveLength(25);
    expect(cells.map((c) => [c.fullMembers, c.committeeFormedOn])).toEqual(Array(25).fill([null, null]));
    expect(SEED.organizations.length).toBeGreaterThan(0);
    expect(SEED.organizations.map((o) => o.validFrom)).toEqual(SEED.organizations.map(() => null));
  });

  it('keeps every name in NFC', () => {
    const names = [...SEED.organizations.map((o) => o.name), ...cells.flatMap((c) => (c.name ? [c.name] : []))];
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names.map((name) => name.normalize('NFC'))).toEqual(names);
  });
});
