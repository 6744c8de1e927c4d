import { describe, expect, it } from 'vitest';
import { CellCensusSchema, SeedAdmissionSchema, SeedCellSchema, SeedDatasetSchema } from './seed-dataset.ts';

const source = { publisher: 'Báo Lào Cai' };
const org = (slug: string, parent: string | null = null, successors: string[] = []) => ({ slug, name: slug, kind: 'grassroots', parent, successors });

describe('SeedDatasetSchema', () => {
  it('fills defaults in a minimal dataset', () => {
    const parsed = SeedDatasetSchema.parse({
      organizations: [org('a')],
      admissions: [{ organization: 'a', period: '2024', admitted: 1, asOf: '2024-12-31', sources: [source] }],
      cellCensuses: [],
    });
    expect(parsed.admissions[0]).toMatchObject({ target: null, breakdown: {}, termToDate: null, totalMembers: null });
    expect(parsed.organizations[0]).toMatchObject({ validFrom: null, validTo: null });
  });

  it('rejects a parent, successor or record naming an organisation that is not there', () => {
    const result = SeedDatasetSchema.safeParse({
      organizations: [org('a', 'ghost', ['gone'])],
      admissions: [{ organization: 'nobody', period: '2024', admitted: 1, asOf: '2024-12-31', sources: [source] }],
      cellCensuses: [{ organization: 'nobody', term: '2020-2025', asOf: '2024-12-31', sources: [source], cells: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'organizations.0.parent',
      'organizations.0.successors.0',
      'admissions.0.organization',
      'cellCensuses.0.organization',
    ]);
  });

  it('rejects duplicate organisations and duplicate admission periods', () => {
    const admission = { organization: 'a', period: '2024', admitted: 1, asOf: '2024-12-31', sources: [source] };
    expect(SeedDatasetSchema.safeParse({ organizations: [org('a'), org('a')], admissions: [], cellCensuses: [] }).success).toBe(false);
    expect(SeedDatasetSchema.safeParse({ organizations: [org('a')], admissions: [admission, admission], cellCensuses: [] }).success).toBe(false);
  });
});

describe('record schemas of a seed', () => {
  it('reject an admission with a bad period or organisation slug', () => {
    const base = { organization: 'a', period: '2024', admitted: 1, asOf: '2024-12-31', sources: [source] };
    expect(SeedAdmissionSchema.safeParse(base).success).toBe(true);
    expect(SeedAdmissionSchema.safeParse({ ...base, period: '2025-2020' }).success).toBe(false);
    expect(SeedAdmissionSchema.safeParse({ ...base, organization: 'Mường Khương' }).success).toBe(false);
    expect(SeedAdmissionSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('keep the cell rules when a slug is added', () => {
    const base = { slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'existing' };
    expect(SeedCellSchema.safeParse(base).success).toBe(true);
    expect(SeedCellSchema.safeParse({ ...base, committeeFormedOn: '2023-05-01' }).success).toBe(false);
    expect(SeedCellSchema.safeParse({ ...base, slug: 'Na Đẩy' }).success).toBe(false);
  });

  it('reject a census with the same cell twice or a year instead of a term', () => {
    const cell = { slug: 'x', kind: 'school', committee: 'unknown' };
    const base = { organization: 'a', term: '2020-2025', asOf: '2024-12-31', sources: [source], cells: [cell] };
    expect(CellCensusSchema.safeParse(base).success).toBe(true);
    expect(CellCensusSchema.safeParse({ ...base, cells: [cell, cell] }).success).toBe(false);
    expect(CellCensusSchema.safeParse({ ...base, term: '2024' }).success).toBe(false);
    expect(CellCensusSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
  });
});
